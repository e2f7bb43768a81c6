"""(dZ A_prev^T + lambd/m W) / m: the penalty is divided by m twice.

function: linear_backward_with_regularization
expect: failed
blind_spot: no
"""
import numpy as np


def linear_backward_with_regularization(dZ, cache, lambd):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = (np.dot(dZ, A_prev.T) + lambd / m * W) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
