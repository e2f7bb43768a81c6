"""Copies Z once, then works in place on the copy.

function: softmax
expect: passed
"""
import numpy as np


def softmax(Z):
    A = Z.copy()
    A -= A.max(axis=0)
    np.exp(A, out=A)
    A /= A.sum(axis=0, keepdims=True)
    return A
