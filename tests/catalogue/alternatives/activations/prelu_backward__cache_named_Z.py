"""Names the cache Z in its signature.

function: prelu_backward
expect: passed
"""
import numpy as np


def prelu_backward(dA, Z, alpha):
    m = Z.shape[1]
    dZ = np.where(Z > 0, dA, alpha * dA)
    dalpha = np.sum(np.where(Z > 0, 0, dA * Z), axis=1, keepdims=True) / m
    return dZ, dalpha
