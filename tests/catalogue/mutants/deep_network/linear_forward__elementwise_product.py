"""Uses W * A (element-wise) instead of np.dot(W, A).

function: linear_forward
expect: error
feedback: np.dot
blind_spot: no
"""
import numpy as np


def linear_forward(A, W, b):
    Z = W * A + b
    cache = (A, W, b)
    return Z, cache
