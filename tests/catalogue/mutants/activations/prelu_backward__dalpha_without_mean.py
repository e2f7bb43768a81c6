"""Sums dA * Z over the examples but forgets to divide by m.

function: prelu_backward
expect: failed
feedback: divide
blind_spot: no
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    dZ = np.where(Z > 0, dA, alpha * dA)
    dalpha = np.sum(np.where(Z > 0, 0.0, dA * Z), axis=1, keepdims=True)
    return dZ, dalpha
