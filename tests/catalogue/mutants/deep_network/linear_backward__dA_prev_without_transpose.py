"""Computes dA_prev as np.dot(W, dZ), without transposing W.

function: linear_backward
expect: error
feedback: transpose
blind_spot: no
"""
import numpy as np


def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W, dZ)
    return dA_prev, dW, db
