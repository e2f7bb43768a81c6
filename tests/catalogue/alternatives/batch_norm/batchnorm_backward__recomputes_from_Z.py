"""Ignores the cached statistics and recomputes mu, var and Z_hat from the cached Z, then uses
CS231n's compact formula with means instead of sums.

function: batchnorm_backward
expect: passed
"""
import numpy as np


def batchnorm_backward(dout, cache):
    Z, gamma, eps = cache[0], cache[4], cache[6]
    mu = Z.mean(axis=1, keepdims=True)
    inv_std = 1 / np.sqrt(((Z - mu) ** 2).mean(axis=1, keepdims=True) + eps)
    Z_hat = (Z - mu) * inv_std
    dbeta = dout.mean(axis=1, keepdims=True)
    dgamma = (dout * Z_hat).mean(axis=1, keepdims=True)
    dZ = gamma * inv_std * (dout - dbeta - Z_hat * dgamma)
    return dZ, dgamma, dbeta
