"""Adds dZ instead of dA for the skip, as if the skip went through the ReLU.

function: residual_backward
expect: failed
feedback: not + dZ
blind_spot: no
"""
import numpy as np


def residual_backward(dA, cache):
    A_prev, W, b, Z = cache
    m = A_prev.shape[1]
    dZ = dA * (Z > 0)
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ) + dZ
    return dA_prev, dW, db
