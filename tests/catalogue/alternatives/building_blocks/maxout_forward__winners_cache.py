"""Picks the winners with argmax and take_along_axis; the cache keeps the winning indices (an int array).

function: maxout_forward
expect: passed
"""
import numpy as np


def maxout_forward(A_prev, W, b):
    Z = np.tensordot(W, A_prev, axes=([2], [0])) + b
    winners = np.argmax(Z, axis=0)
    A = np.take_along_axis(Z, winners[np.newaxis], axis=0)[0]
    return A, (A_prev, W, winners)
