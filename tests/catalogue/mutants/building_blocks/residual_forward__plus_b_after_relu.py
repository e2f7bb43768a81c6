"""Adds the bias after the ReLU: relu(W·A_prev) + b + A_prev.

function: residual_forward
expect: failed
feedback: outside the ReLU
blind_spot: no
"""
import numpy as np


def residual_forward(A_prev, W, b):
    Z = np.dot(W, A_prev)
    A = np.maximum(0, Z) + b + A_prev
    return A, (A_prev, W, b, Z)
