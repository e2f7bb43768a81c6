"""Stores the linear cache as (W, A, b) instead of the documented (A, W, b).

function: linear_forward
expect: failed
feedback: cache
blind_spot: no
"""
import numpy as np


def linear_forward(A, W, b):
    Z = np.dot(W, A) + b
    cache = (W, A, b)
    return Z, cache
