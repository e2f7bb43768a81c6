"""Scales dA itself by the slopes (dZ = dA, then dZ *= ...).

function: prelu_backward
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    m = Z.shape[1]
    dalpha = np.sum(np.where(Z > 0, 0.0, dA * Z), axis=1, keepdims=True) / m
    dZ = dA
    dZ *= np.where(Z > 0, 1.0, alpha)
    return dZ, dalpha
