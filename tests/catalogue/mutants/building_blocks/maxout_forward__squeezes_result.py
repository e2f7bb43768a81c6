"""Squeezes A "to be safe": an (n, 1) or (1, m) result loses an axis.

function: maxout_forward
expect: failed
feedback: lost an axis
blind_spot: yes
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    Z = np.matmul(W, A_prev) + b
    A = Z.max(axis=0).squeeze()
    return A, (A_prev, W, b, Z)
