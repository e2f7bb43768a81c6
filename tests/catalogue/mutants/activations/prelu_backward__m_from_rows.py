"""Reads m from Z.shape[0], the number of units.

function: prelu_backward
expect: failed
feedback: Z.shape[1]
blind_spot: no
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    m = Z.shape[0]
    dZ = np.where(Z > 0, dA, alpha * dA)
    dalpha = np.sum(np.where(Z > 0, 0.0, dA * Z), axis=1, keepdims=True) / m
    return dZ, dalpha
