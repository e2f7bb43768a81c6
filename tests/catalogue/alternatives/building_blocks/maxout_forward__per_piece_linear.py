"""Computes each piece with deep_network.linear_forward, then takes the max; the cache is (A_prev, W, b, Z).

function: maxout_forward
expect: passed
"""
import numpy as np

from deep_network import linear_forward


def maxout_forward(A_prev, W, b):
    pieces = []
    for i in range(W.shape[0]):
        Z_i, _ = linear_forward(A_prev, W[i], b[i])
        pieces.append(Z_i)
    Z = np.array(pieces)
    A = np.max(Z, axis=0)
    return A, (A_prev, W, b, Z)
