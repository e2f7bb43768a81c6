"""A right backward pass, graded next to a forward pass that ends the process: it must still pass.

function: residual_backward
expect: passed
"""
import numpy as np


def residual_backward(dA, cache):
    A_prev, W, b, Z = cache
    m = A_prev.shape[1]
    dZ = np.where(Z > 0, dA, 0.0)
    return W.T @ dZ + dA, dZ @ A_prev.T / m, dZ.sum(axis=1, keepdims=True) / m
