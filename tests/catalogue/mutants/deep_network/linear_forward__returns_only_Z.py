"""Returns Z alone instead of the pair (Z, cache).

function: linear_forward
expect: failed
feedback: cache
blind_spot: no
"""
import numpy as np


def linear_forward(A, W, b):
    Z = np.dot(W, A) + b
    return Z
