"""Stacks the pieces with einsum; the cache is a dict.

function: maxout_forward
expect: passed
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    Z = np.einsum("knp,pm->knm", W, A_prev) + b
    A = Z.max(axis=0)
    cache = {"A_prev": A_prev, "W": W, "b": b, "Z": Z}
    return A, cache
