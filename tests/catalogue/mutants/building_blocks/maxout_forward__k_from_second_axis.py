"""Loops over range(1, W.shape[1]), the number of units, as if it were k: right only when k equals n.

function: maxout_forward
expect: failed
blind_spot: no
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    Z = np.matmul(W, A_prev) + b
    A = Z[0]
    for i in range(1, W.shape[1]):  # W.shape[1] is n, the number of units, not k
        A = np.maximum(A, Z[i])
    return A, (A_prev, W, b, Z)
