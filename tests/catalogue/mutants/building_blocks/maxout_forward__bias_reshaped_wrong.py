"""b reshaped to (k, 1, n): the bias lands on the examples' axis.

function: maxout_forward
expect: error
blind_spot: no
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    Z = np.matmul(W, A_prev) + b.reshape(W.shape[0], 1, W.shape[1])
    A = Z.max(axis=0)
    return A, (A_prev, W, b, Z)
