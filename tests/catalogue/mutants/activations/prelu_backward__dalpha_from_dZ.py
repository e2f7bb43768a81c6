"""Builds dalpha from dZ (already scaled by alpha) instead of dA.

function: prelu_backward
expect: failed
feedback: extra factor alpha
blind_spot: no
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    m = Z.shape[1]
    dZ = np.where(Z > 0, dA, alpha * dA)
    dalpha = np.sum(dZ * np.minimum(Z, 0), axis=1, keepdims=True) / m
    return dZ, dalpha
