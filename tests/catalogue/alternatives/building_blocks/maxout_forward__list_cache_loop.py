"""A running maximum from -inf over the pieces; the cache is the list [A_prev, W, b] (Z is recomputed later).

function: maxout_forward
expect: passed
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    A = np.full((W.shape[1], A_prev.shape[1]), -np.inf)
    for i in range(W.shape[0]):
        A = np.maximum(A, W[i] @ A_prev + b[i])
    return A, [A_prev, W, b]
