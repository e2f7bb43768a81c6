"""Computes dW as np.dot(A_prev, dZ.T), the transpose of the right gradient.

function: linear_backward
expect: failed
feedback: transpose
blind_spot: no
"""
import numpy as np


def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.dot(A_prev, dZ.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
