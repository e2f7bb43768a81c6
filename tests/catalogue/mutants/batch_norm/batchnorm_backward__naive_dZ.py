"""Backpropagates only the direct path: dZ = dout * gamma / sqrt(var + eps), as if mu and var were constants.

function: batchnorm_backward
expect: failed
feedback: dependence of mu and var on Z
blind_spot: no
"""
import numpy as np


def batchnorm_backward(dout, cache):
    Z, Z_hat, mu, var, gamma, beta, eps = cache
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True) / m
    dgamma = np.sum(dout * Z_hat, axis=1, keepdims=True) / m
    dZ_hat = dout * gamma
    std = np.sqrt(var + eps)
    dZ = dZ_hat / std
    return dZ, dgamma, dbeta
