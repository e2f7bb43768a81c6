"""np.max(Z, axis=0, keepdims=True): A is (1, n, m).

function: maxout_forward
expect: failed
feedback: keepdims
blind_spot: no
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    Z = np.matmul(W, A_prev) + b
    A = np.max(Z, axis=0, keepdims=True)
    return A, (A_prev, W, b, Z)
