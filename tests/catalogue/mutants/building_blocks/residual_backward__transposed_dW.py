"""dW = A_prev·dZᵀ / m: transposed, which a square W hides.

function: residual_backward
expect: failed
feedback: transposed
blind_spot: no
"""
import numpy as np


def residual_backward(dA, cache):
    A_prev, W, b, Z = cache
    m = A_prev.shape[1]
    dZ = dA * (Z > 0)
    return W.T @ dZ + dA, A_prev @ dZ.T / m, dZ.sum(axis=1, keepdims=True) / m
