"""Takes Python's built-in max of the list of pieces, which compares whole arrays and raises.

function: maxout_forward
expect: error
feedback: np.maximum
blind_spot: no
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    pieces = [np.dot(W[i], A_prev) + b[i] for i in range(W.shape[0])]
    A = max(pieces)
    return A, (A_prev, W, b, np.array(pieces))
