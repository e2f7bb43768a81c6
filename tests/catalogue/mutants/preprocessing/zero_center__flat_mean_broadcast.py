"""Subtracts the flat (n,) mean directly, which lines it up with the columns.

function: zero_center
expect: error
feedback: keepdims
blind_spot: no
"""
import numpy as np


def zero_center(X):
    mean = np.mean(X, axis=1)
    return X - mean, mean
