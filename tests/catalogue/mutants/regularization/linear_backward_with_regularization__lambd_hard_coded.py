"""Uses the notebook's lambd = 0.7 instead of its lambd argument.

function: linear_backward_with_regularization
expect: failed
feedback: lambd argument
blind_spot: yes
"""
import numpy as np


def linear_backward_with_regularization(dZ, cache, lambd):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = 1.0 / m * np.dot(dZ, A_prev.T) + 0.7 / m * W
    db = 1.0 / m * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
