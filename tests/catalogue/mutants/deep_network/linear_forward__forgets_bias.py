"""Computes Z = W·A and forgets to add b.

function: linear_forward
expect: failed
blind_spot: no
"""
import numpy as np


def linear_forward(A, W, b):
    Z = np.dot(W, A)
    cache = (A, W, b)
    return Z, cache
