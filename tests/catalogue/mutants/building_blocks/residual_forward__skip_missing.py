"""Forgets the skip connection: A = relu(Z).

function: residual_forward
expect: failed
feedback: skip connection is missing
blind_spot: no
"""
import numpy as np


def residual_forward(A_prev, W, b):
    Z = np.dot(W, A_prev) + b
    A = np.maximum(0, Z)
    return A, (A_prev, W, b, Z)
