"""Picks the piece of largest absolute value.

function: maxout_forward
expect: failed
blind_spot: no
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    Z = np.matmul(W, A_prev) + b
    idx = np.argmax(np.abs(Z), axis=0)
    A = np.take_along_axis(Z, idx[None], axis=0)[0]
    return A, (A_prev, W, b, Z)
