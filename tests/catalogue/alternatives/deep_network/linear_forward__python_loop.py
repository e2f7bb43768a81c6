"""Computes Z = W.A + b entry by entry with Python loops, no matrix product.

function: linear_forward
expect: passed
"""
import numpy as np


def linear_forward(A, W, b):
    n, m = W.shape[0], A.shape[1]
    Z = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            Z[i, j] = np.dot(W[i, :], A[:, j]) + b[i, 0]
    return Z, (A, W, b)
