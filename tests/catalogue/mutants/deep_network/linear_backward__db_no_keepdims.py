"""Sums dZ over axis 1 without keepdims=True, so db has shape (n,) instead of (n, 1).

function: linear_backward
expect: failed
feedback: shape
blind_spot: no
"""
import numpy as np


def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1) / m
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
