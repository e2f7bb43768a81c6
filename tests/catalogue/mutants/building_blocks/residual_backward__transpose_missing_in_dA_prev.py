"""Computes dA_prev with W·dZ instead of Wᵀ·dZ (a square W hides it in the shapes).

function: residual_backward
expect: failed
feedback: not transposed
blind_spot: no
"""
import numpy as np


def residual_backward(dA, cache):
    A_prev, W, b, Z = cache
    m = A_prev.shape[1]
    dZ = dA * (Z > 0)
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W, dZ) + dA
    return dA_prev, dW, db
