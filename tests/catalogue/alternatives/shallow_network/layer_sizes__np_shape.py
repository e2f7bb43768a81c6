"""np.shape(X)[0] and np.shape(Y)[0], returned as a tuple without parentheses.

function: layer_sizes
expect: passed
"""
import numpy as np


def layer_sizes(X, Y):
    n_x = np.shape(X)[0]
    n_h = 4
    n_y = np.shape(Y)[0]
    return n_x, n_h, n_y
