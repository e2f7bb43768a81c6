"""Starts the running maximum from np.zeros, so all-negative units give 0.

function: maxout_forward
expect: failed
feedback: starts from 0
blind_spot: no
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    k, n, _ = W.shape
    A = np.zeros((n, A_prev.shape[1]))
    pieces = []
    for i in range(k):
        Z_i = np.dot(W[i], A_prev) + b[i]
        pieces.append(Z_i)
        A = np.maximum(A, Z_i)
    return A, (A_prev, W, b, np.stack(pieces))
