"""Builds the penalty term from an alias of W (W_reg = W; W_reg *= lambd / m), which rescales the cache's W.

function: linear_backward_with_regularization
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def linear_backward_with_regularization(dZ, cache, lambd):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dA_prev = np.dot(W.T, dZ)
    db = np.sum(dZ, axis=1, keepdims=True) / m
    W_reg = W
    W_reg *= lambd / m
    dW = np.dot(dZ, A_prev.T) / m + W_reg
    return dA_prev, dW, db
