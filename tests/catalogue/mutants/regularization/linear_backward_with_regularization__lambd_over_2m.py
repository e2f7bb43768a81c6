"""Keeps the cost's lambd / (2m) in the gradient: dW gains lambd / (2m) * W instead of lambd / m * W.

function: linear_backward_with_regularization
expect: failed
feedback: the 2 cancels
blind_spot: no
"""
import numpy as np


def linear_backward_with_regularization(dZ, cache, lambd):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) / m + lambd / (2 * m) * W
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
