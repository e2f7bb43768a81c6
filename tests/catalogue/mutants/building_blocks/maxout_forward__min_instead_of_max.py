"""Keeps the smallest piece instead of the largest.

function: maxout_forward
expect: failed
feedback: smallest piece
blind_spot: no
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    Z = np.matmul(W, A_prev) + b
    A = np.min(Z, axis=0)
    return A, (A_prev, W, b, Z)
