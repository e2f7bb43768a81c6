"""Sums db without keepdims: shape (n,) instead of (n, 1).

function: residual_backward
expect: failed
feedback: keepdims
blind_spot: no
"""
import numpy as np


def residual_backward(dA, cache):
    A_prev, W, b, Z = cache
    m = A_prev.shape[1]
    dZ = dA * (Z > 0)
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1) / m
    dA_prev = np.dot(W.T, dZ) + dA
    return dA_prev, dW, db
