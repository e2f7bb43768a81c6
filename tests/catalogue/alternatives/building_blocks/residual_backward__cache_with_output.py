"""Recovers the ReLU's switch from the output: relu(Z) = A - A_prev, positive exactly where Z > 0.

function: residual_backward
expect: passed
"""
import numpy as np


def residual_backward(dA, cache):
    A_prev, W, A = cache["A_prev"], cache["W"], cache["A"]
    m = A_prev.shape[1]
    dZ = dA * ((A - A_prev) > 0)
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ)
    dA_prev += dA
    return dA_prev, dW, db
