"""Leaves out the ReLU: A = Z + A_prev.

function: residual_forward
expect: failed
feedback: ReLU is missing
blind_spot: no
"""
import numpy as np


def residual_forward(A_prev, W, b):
    Z = np.dot(W, A_prev) + b
    A = Z + A_prev
    return A, (A_prev, W, b, Z)
