"""Flattens first, then uses ord=2 (on a 1-D vector that is the Euclidean length); guards 0/0 and returns a 0-d array.

function: relative_difference
expect: passed
"""
import numpy as np


def relative_difference(grad, grad_approx):
    a = np.asarray(grad, dtype=float).flatten()
    b = np.asarray(grad_approx, dtype=float).flatten()
    denominator = np.linalg.norm(a, ord=2) + np.linalg.norm(b, ord=2)
    if denominator == 0:
        return np.array(0.0)
    return np.array(np.linalg.norm(b - a, ord=2) / denominator)
