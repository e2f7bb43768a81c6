"""Computes Z with np.einsum and returns the cache as a list [A, W, b].

function: linear_forward
expect: passed
"""
import numpy as np


def linear_forward(A, W, b):
    Z = np.einsum("ij,jk->ik", W, A) + b
    return Z, [A, W, b]
