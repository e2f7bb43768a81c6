"""Accumulates dW and db one example at a time in a Python loop.

function: linear_backward
expect: passed
"""
import numpy as np


def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.zeros(W.shape)
    db = np.zeros(b.shape)
    for j in range(m):
        dz = dZ[:, j:j + 1]
        dW += dz @ A_prev[:, j:j + 1].T
        db += dz
    dW /= m
    db /= m
    dA_prev = W.T @ dZ
    return dA_prev, dW, db
