"""Draws each weight matrix transposed, randn(n_prev, n).T * 0.01: same distribution, other numbers for a fixed seed.

function: initialize_parameters
expect: passed
"""
import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_x, n_h).T * 0.01
    W2 = np.random.randn(n_h, n_y).T * 0.01
    b1 = np.zeros((n_h, 1))
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
