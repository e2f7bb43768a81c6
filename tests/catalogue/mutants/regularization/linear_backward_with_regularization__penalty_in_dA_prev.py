"""Adds a penalty term lambd/m * A_prev to dA_prev as well.

function: linear_backward_with_regularization
expect: failed
feedback: no penalty
blind_spot: no
"""
import numpy as np


def linear_backward_with_regularization(dZ, cache, lambd):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) / m + lambd / m * W
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ) + lambd / m * A_prev
    return dA_prev, dW, db
