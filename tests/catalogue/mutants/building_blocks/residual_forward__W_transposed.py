"""Multiplies by W.T: a square W hides the mistake in the shapes.

function: residual_forward
expect: failed
feedback: transposed
blind_spot: no
"""
import numpy as np


def residual_forward(A_prev, W, b):
    Z = np.dot(W.T, A_prev) + b
    A = np.maximum(0, Z) + A_prev
    return A, (A_prev, W, b, Z)
