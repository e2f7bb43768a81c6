"""Folds the 1/m into dZ with dZ /= m, which changes the caller's dZ.

function: linear_backward
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dZ /= m  # apply the 1/m once for both dW and db
    dW = np.dot(dZ, A_prev.T)
    db = np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ) * m
    return dA_prev, dW, db
