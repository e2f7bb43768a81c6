"""Reuses dZ_hat = dout * gamma for dgamma and divides gamma back out, which breaks where gamma is 0.

function: batchnorm_backward
expect: failed
feedback: gamma is 0
blind_spot: yes
"""
import numpy as np


def batchnorm_backward(dout, cache):
    Z, Z_hat, mu, var, gamma, beta, eps = cache
    m = dout.shape[1]
    dZ_hat = dout * gamma
    dbeta = np.sum(dout, axis=1, keepdims=True) / m
    dgamma = np.sum(dZ_hat * Z_hat, axis=1, keepdims=True) / m / gamma
    dZ = (dZ_hat - np.mean(dZ_hat, axis=1, keepdims=True)
          - Z_hat * np.mean(dZ_hat * Z_hat, axis=1, keepdims=True)) / np.sqrt(var + eps)
    return dZ, dgamma, dbeta
