"""Uses the boolean ReLU mask from the cache.

function: residual_backward
expect: passed
"""
import numpy as np


def residual_backward(dA, cache):
    A_prev, W, mask = cache
    m = A_prev.shape[1]
    dZ = np.where(mask, dA, 0.0)
    dW = dZ @ A_prev.T / m
    db = dZ.sum(axis=1, keepdims=True) / m
    dA_prev = dA + W.T @ dZ
    return dA_prev, dW, db
