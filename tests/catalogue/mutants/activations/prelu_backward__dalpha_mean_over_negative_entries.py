"""Divides dalpha by the number of examples with Z <= 0 instead of m.

function: prelu_backward
expect: failed
feedback: number of examples where Z <= 0
blind_spot: no
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    neg = Z <= 0
    dZ = np.where(neg, alpha * dA, dA)
    count = np.maximum(np.sum(neg, axis=1, keepdims=True), 1)
    dalpha = np.sum(np.where(neg, dA * Z, 0.0), axis=1, keepdims=True) / count
    return dZ, dalpha
