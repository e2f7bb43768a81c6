"""Writes relu(Z) + A_prev as np.maximum(Z + A_prev, A_prev); the cache is (Z, A_prev, W).

function: residual_forward
expect: passed
"""
import numpy as np


def residual_forward(A_prev, W, b):
    Z = np.dot(W, A_prev) + b
    A = np.maximum(Z + A_prev, A_prev)
    return A, (Z, A_prev, W)
