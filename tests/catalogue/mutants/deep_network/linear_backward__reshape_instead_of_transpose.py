"""Uses A_prev.reshape(m, -1) where A_prev.T was meant.

function: linear_backward
expect: failed
feedback: transpose
blind_spot: no
"""
import numpy as np


def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.reshape(m, -1)) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
