"""einsum for the pieces, argmax + take_along_axis for A; the cache keeps the winners' indices.

function: maxout_forward
expect: passed
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    Z = np.einsum("knp,pm->knm", W, A_prev) + b
    idx = np.argmax(Z, axis=0)
    A = np.take_along_axis(Z, idx[None, :, :], axis=0)[0]
    return A, (A_prev, W, b, idx)
