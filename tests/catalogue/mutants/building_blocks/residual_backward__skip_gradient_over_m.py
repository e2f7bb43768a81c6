"""The skip's gradient divided by m: dA_prev = Wᵀ·dZ + dA / m.

function: residual_backward
expect: failed
feedback: no 1/m
blind_spot: no
"""
import numpy as np


def residual_backward(dA, cache):
    A_prev, W, b, Z = cache
    m = A_prev.shape[1]
    dZ = dA * (Z > 0)
    return W.T @ dZ + dA / m, dZ @ A_prev.T / m, dZ.sum(axis=1, keepdims=True) / m
