"""Unpacks the shapes, and makes n_y a NumPy integer.

function: layer_sizes
expect: passed
"""
import numpy as np


def layer_sizes(X, Y):
    n_x, m = X.shape
    n_y = np.int64(Y.size // m)
    n_h = 4
    return n_x, n_h, n_y
