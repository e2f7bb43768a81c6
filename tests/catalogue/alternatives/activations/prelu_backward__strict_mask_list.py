"""Masks with Z < 0 (slope 1 at exactly 0) and returns a list.

function: prelu_backward
expect: passed
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    m = Z.shape[1]
    negative = Z < 0
    dZ = np.where(negative, alpha * dA, dA)
    dalpha = (dA * Z * negative).sum(axis=1).reshape(-1, 1) / m
    return [dZ, dalpha]
