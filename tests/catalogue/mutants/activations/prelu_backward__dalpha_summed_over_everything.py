"""Sums dA * Z over the whole array: one number for all units.

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
    dalpha = np.sum(np.where(Z > 0, 0.0, dA * Z)) / m
    return dZ, dalpha
