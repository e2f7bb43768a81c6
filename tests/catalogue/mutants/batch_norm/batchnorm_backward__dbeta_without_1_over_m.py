"""Remembers the 1/m on dgamma but not on dbeta, which it takes as CS231n's plain sum.

function: batchnorm_backward
expect: failed
feedback: one of dgamma and dbeta is m times too large
blind_spot: no
"""
import numpy as np


def batchnorm_backward(dout, cache):
    Z, Z_hat, mu, var, gamma, beta, eps = cache
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_hat, axis=1, keepdims=True) / m
    dZ_hat = dout * gamma
    dZ = (m * dZ_hat - np.sum(dZ_hat, axis=1, keepdims=True)
          - Z_hat * np.sum(dZ_hat * Z_hat, axis=1, keepdims=True)) / (m * np.sqrt(var + eps))
    return dZ, dgamma, dbeta
