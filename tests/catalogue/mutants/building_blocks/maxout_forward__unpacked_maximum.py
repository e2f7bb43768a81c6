"""Calls np.maximum(*pieces): a third piece becomes the output buffer, four pieces raise.

function: maxout_forward
expect: error
feedback: output buffer
blind_spot: yes
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    Z = np.matmul(W, A_prev) + b
    A = np.maximum(*Z)
    return A, (A_prev, W, b, Z)
