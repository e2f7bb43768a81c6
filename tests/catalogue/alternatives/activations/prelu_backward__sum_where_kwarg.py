"""np.sum(..., where=Z <= 0) for dalpha, slope one at exactly 0.

function: prelu_backward
expect: passed
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    m = Z.shape[1]
    dZ = np.where(Z >= 0, dA, alpha * dA)
    dalpha = np.sum(dA * Z, axis=1, keepdims=True, where=Z <= 0) / m
    return dZ, dalpha
