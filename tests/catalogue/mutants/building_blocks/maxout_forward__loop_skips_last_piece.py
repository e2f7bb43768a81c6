"""range(1, k - 1): the last piece never competes.

function: maxout_forward
expect: failed
feedback: first two pieces
blind_spot: no
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    k = W.shape[0]
    Z = np.matmul(W, A_prev) + b
    A = Z[0]
    for i in range(1, k - 1):
        A = np.maximum(A, Z[i])
    return A, (A_prev, W, b, Z)
