"""Uses np.matmul for dW and dA_prev and dZ.mean(axis=1, keepdims=True) for db, taking m from dZ.

function: linear_backward
expect: passed
"""
import numpy as np


def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = dZ.shape[1]
    dW = np.matmul(dZ, A_prev.T) / m
    db = dZ.mean(axis=1, keepdims=True)
    dA_prev = np.matmul(W.T, dZ)
    return dA_prev, dW, db
