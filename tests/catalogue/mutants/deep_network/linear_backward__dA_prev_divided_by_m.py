"""Also divides dA_prev by m, although upstream gradients carry no 1/m.

function: linear_backward
expect: failed
feedback: 1/m
blind_spot: no
"""
import numpy as np


def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ) / m
    return dA_prev, dW, db
