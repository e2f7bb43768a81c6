"""Running maximum kept in a float32 array.

function: maxout_forward
expect: failed
feedback: float32
blind_spot: yes
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    Z = np.matmul(W, A_prev) + b
    A = np.full(Z.shape[1:], -1e9, dtype=np.float32)
    for piece in Z:
        A = np.maximum(A, piece.astype(np.float32))
    return A, (A_prev, W, b, Z)
