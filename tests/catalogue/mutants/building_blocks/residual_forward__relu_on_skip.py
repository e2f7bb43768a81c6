"""Adds relu(A_prev) instead of A_prev.

function: residual_forward
expect: failed
feedback: A_prev itself
blind_spot: no
"""
import numpy as np


def residual_forward(A_prev, W, b):
    Z = W @ A_prev + b
    A = np.maximum(Z, 0) + np.maximum(A_prev, 0)
    return A, (A_prev, W, b, Z)
