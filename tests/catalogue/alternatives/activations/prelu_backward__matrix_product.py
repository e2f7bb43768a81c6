"""dalpha as a row-wise dot product through einsum.

function: prelu_backward
expect: passed
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    m = Z.shape[1]
    negative_part = np.minimum(Z, 0.0)
    dZ = np.where(Z > 0, dA, alpha * dA)
    dalpha = np.einsum("ij,ij->i", dA, negative_part)[:, None] / m
    return dZ, dalpha
