"""Turns the cached Z into the ReLU's slope in place (Z[Z <= 0] = 0; Z[Z > 0] = 1): right values, broken cache.

function: residual_backward
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def residual_backward(dA, cache):
    A_prev, W, b, Z = cache
    m = A_prev.shape[1]
    Z[Z <= 0] = 0
    Z[Z > 0] = 1
    dZ = dA * Z
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ) + dA
    return dA_prev, dW, db
