"""Casts A to float32 "to save memory": the values pass np.allclose, the dtype is wrong.

function: residual_forward
expect: failed
feedback: float32
blind_spot: yes
"""
import numpy as np


def residual_forward(A_prev, W, b):
    Z = np.dot(W, A_prev) + b
    A = (np.maximum(0, Z) + A_prev).astype(np.float32)
    return A, (A_prev, W, b, Z)
