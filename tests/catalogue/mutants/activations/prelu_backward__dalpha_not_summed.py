"""Keeps dalpha per example, shape (n, m).

function: prelu_backward
expect: failed
feedback: one value per example
blind_spot: no
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    m = Z.shape[1]
    dZ = np.where(Z > 0, dA, alpha * dA)
    dalpha = np.where(Z > 0, 0.0, dA * Z) / m
    return dZ, dalpha
