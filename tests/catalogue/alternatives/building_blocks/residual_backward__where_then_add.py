"""np.heaviside(Z, 0) for the ReLU's slope; np.mean for db.

function: residual_backward
expect: passed
"""
import numpy as np


def residual_backward(dA, cache):
    A_prev, W, b, Z = cache
    m = A_prev.shape[1]
    dZ = dA * np.heaviside(Z, 0.0)
    dW = np.dot(dZ, A_prev.T) / m
    db = np.mean(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ) + dA
    return dA_prev, dW, db
