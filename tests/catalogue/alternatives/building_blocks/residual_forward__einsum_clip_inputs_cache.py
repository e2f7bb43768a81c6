"""einsum and np.clip(Z, 0, None); the cache keeps only the inputs.

function: residual_forward
expect: passed
"""
import numpy as np


def residual_forward(A_prev, W, b):
    Z = np.einsum("ij,jm->im", W, A_prev) + b
    A = np.clip(Z, 0, None) + A_prev
    return A, (A_prev, W, b)
