"""Takes the max over axis 1 (the units) instead of axis 0 (the pieces).

function: maxout_forward
expect: failed
feedback: wrong axis
blind_spot: no
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    Z = np.matmul(W, A_prev) + b
    A = np.max(Z, axis=1)
    return A, (A_prev, W, b, Z)
