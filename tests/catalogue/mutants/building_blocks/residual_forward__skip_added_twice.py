"""Adds A_prev inside the ReLU and again after it.

function: residual_forward
expect: failed
feedback: added twice
blind_spot: no
"""
import numpy as np


def residual_forward(A_prev, W, b):
    Z = W @ A_prev + b
    A = np.maximum(Z + A_prev, 0) + A_prev
    return A, (A_prev, W, b, Z)
