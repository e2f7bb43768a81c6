"""Adds the first piece's bias to every piece.

function: maxout_forward
expect: failed
feedback: b[0]
blind_spot: no
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    Z = np.matmul(W, A_prev) + b[0]
    A = np.max(Z, axis=0)
    return A, (A_prev, W, b, Z)
