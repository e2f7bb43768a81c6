"""dalpha via einsum over min(Z, 0) (zero where Z > 0), reshaped to a column.

function: prelu_backward
expect: passed
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    m = Z.shape[1]
    dZ = dA * np.where(Z > 0, 1.0, alpha)
    dalpha = np.einsum("ij,ij->i", dA, np.minimum(Z, 0)).reshape(-1, 1) / m
    return (dZ, dalpha)
