"""Sums over axis 1 without keepdims: dalpha is (n,), not (n, 1).

function: prelu_backward
expect: failed
feedback: second axis
blind_spot: no
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    m = Z.shape[1]
    dZ = np.where(Z > 0, dA, alpha * dA)
    dalpha = np.sum(np.where(Z > 0, 0.0, dA * Z), axis=1) / m
    return dZ, dalpha
