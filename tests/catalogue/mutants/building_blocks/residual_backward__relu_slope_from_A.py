"""Takes the ReLU's slope at the block's output, A > 0, instead of at Z.

function: residual_backward
expect: failed
feedback: A > 0
blind_spot: no
"""
import numpy as np


def residual_backward(dA, cache):
    A_prev, W, b, Z = cache
    m = A_prev.shape[1]
    A = np.maximum(0, Z) + A_prev
    dZ = dA * (A > 0)
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ) + dA
    return dA_prev, dW, db
