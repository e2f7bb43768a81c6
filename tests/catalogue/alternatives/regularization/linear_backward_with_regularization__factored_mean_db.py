"""dW = (dZ A^T + lambd W) / m; list cache indexing; list return.

function: linear_backward_with_regularization
expect: passed
"""
import numpy as np


def linear_backward_with_regularization(dZ, cache, lambd):
    A_prev, W, b = cache[0], cache[1], cache[2]
    m = A_prev.shape[1]
    dW = (dZ @ A_prev.T + lambd * W) / m
    db = np.mean(dZ, axis=1, keepdims=True)
    dA_prev = W.T @ dZ
    return dA_prev, dW, db
