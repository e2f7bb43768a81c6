"""Squeezes the stacked pieces before the max: with k = 1 or n = 1 the max runs over the wrong axis.

function: maxout_forward
expect: failed
feedback: lost an axis
blind_spot: yes
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    Z = np.matmul(W, A_prev) + b
    A = np.max(np.squeeze(Z), axis=0)
    return A, (A_prev, W, b, Z)
