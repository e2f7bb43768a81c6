"""Computes all three gradients right but returns dbeta before dgamma.

function: batchnorm_backward
expect: failed
feedback: swapped
blind_spot: no
"""
import numpy as np


def batchnorm_backward(dout, cache):
    Z, Z_hat, mu, var, gamma, beta, eps = cache
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True) / m
    dgamma = np.sum(dout * Z_hat, axis=1, keepdims=True) / m
    dZ_hat = dout * gamma
    dZ = (dZ_hat - dZ_hat.mean(axis=1, keepdims=True)
          - Z_hat * (dZ_hat * Z_hat).mean(axis=1, keepdims=True)) / np.sqrt(var + eps)
    return dZ, dbeta, dgamma
