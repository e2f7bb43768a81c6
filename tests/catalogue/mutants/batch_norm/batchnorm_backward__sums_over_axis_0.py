"""Sums over axis 0 as in CS231n's (N, D) layout, where here units are rows.

function: batchnorm_backward
expect: failed
feedback: axis 0
blind_spot: no
"""
import numpy as np


def batchnorm_backward(dout, cache):
    Z, Z_hat, mu, var, gamma, beta, eps = cache
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=0) / m
    dgamma = np.sum(dout * Z_hat, axis=0) / m
    dZ_hat = dout * gamma
    std = np.sqrt(var + eps)
    dZ = (dZ_hat - np.mean(dZ_hat, axis=1, keepdims=True)
          - Z_hat * np.mean(dZ_hat * Z_hat, axis=1, keepdims=True)) / std
    return dZ, dgamma, dbeta
