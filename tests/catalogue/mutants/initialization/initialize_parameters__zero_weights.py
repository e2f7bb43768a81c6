"""Initializes the weights to zeros, so the symmetry between units is never broken.

function: initialize_parameters
expect: failed
feedback: zero
blind_spot: no
"""
import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    W1 = np.zeros((n_h, n_x))
    b1 = np.zeros((n_h, 1))
    W2 = np.zeros((n_y, n_h))
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
