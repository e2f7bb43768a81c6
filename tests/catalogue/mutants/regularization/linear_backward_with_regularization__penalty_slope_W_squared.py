"""The penalty's slope written lambd/m * W ** 2.

function: linear_backward_with_regularization
expect: failed
feedback: 2·W
blind_spot: no
"""
import numpy as np


def linear_backward_with_regularization(dZ, cache, lambd):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) / m + lambd / m * W ** 2
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
