"""Sums dA * Z over every example, the positive side included.

function: prelu_backward
expect: failed
feedback: only where Z <= 0
blind_spot: no
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    m = Z.shape[1]
    dZ = np.where(Z > 0, dA, alpha * dA)
    dalpha = np.sum(dA * Z, axis=1, keepdims=True) / m
    return dZ, dalpha
