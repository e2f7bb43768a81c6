"""Course style: relu_backward from activations for dZ, on the cache ((A_prev, W, b), Z).

function: residual_backward
expect: passed
"""
import numpy as np
from activations import relu_backward


def residual_backward(dA, cache):
    (A_prev, W, b), Z = cache
    m = A_prev.shape[1]
    dZ = relu_backward(dA, Z)
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ) + dA
    return dA_prev, dW, db
