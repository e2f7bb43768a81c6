"""Sums over axis 0 (the units) instead of axis 1 (the examples).

function: prelu_backward
expect: failed
feedback: axis=1
blind_spot: no
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    m = Z.shape[1]
    dZ = np.where(Z > 0, dA, alpha * dA)
    dalpha = np.sum(np.where(Z > 0, 0.0, dA * Z), axis=0, keepdims=True) / m
    return dZ, dalpha
