"""Puts the 1/m into dZ as well.

function: prelu_backward
expect: failed
feedback: no 1/m in dZ
blind_spot: no
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    m = Z.shape[1]
    dZ = np.where(Z > 0, dA, alpha * dA) / m
    dalpha = np.sum(dA * np.minimum(Z, 0), axis=1, keepdims=True) / m
    return dZ, dalpha
