"""Zeroes the positive entries of the cache in place to get min(Z, 0) for dalpha.

function: prelu_backward
expect: failed
feedback: cache in place
blind_spot: yes
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    m = Z.shape[1]
    dZ = np.where(Z > 0, dA, alpha * dA)
    Z_neg = Z
    Z_neg[Z_neg > 0] = 0
    dalpha = np.sum(dA * Z_neg, axis=1, keepdims=True) / m
    return dZ, dalpha
