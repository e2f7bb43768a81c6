"""Draws W2 before W1 with np.random.normal(0, 0.01) in transposed shape and transposes back.

function: initialize_parameters
expect: passed
"""
import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    W2 = np.random.normal(0.0, 0.01, size=(n_h, n_y)).T
    W1 = np.random.normal(0.0, 0.01, size=(n_x, n_h)).T
    return {
        "W1": W1,
        "b1": np.zeros((n_h, 1)),
        "W2": W2,
        "b2": np.zeros((n_y, 1)),
    }
