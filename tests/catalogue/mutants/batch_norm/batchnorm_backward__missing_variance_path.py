"""Forgets the path through the variance: only the mean is subtracted.

function: batchnorm_backward
expect: failed
feedback: through the variance
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
    dZ = (dZ_hat - np.mean(dZ_hat, axis=1, keepdims=True)) / std
    return dZ, dgamma, dbeta
