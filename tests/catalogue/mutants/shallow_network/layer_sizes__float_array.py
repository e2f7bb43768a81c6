"""Returns the sizes as a NumPy float array.

function: layer_sizes
expect: failed
feedback: tuple of 3
blind_spot: no
"""
import numpy as np


def layer_sizes(X, Y):
    return np.array([X.shape[0], 4, Y.shape[0]], dtype=float)
