"""Draws the weights with np.random.normal(0, 0.01, size) instead of randn * 0.01.

function: initialize_parameters
expect: passed
"""
import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    return {
        "W1": np.random.normal(0.0, 0.01, size=(n_h, n_x)),
        "b1": np.zeros((n_h, 1)),
        "W2": np.random.normal(0.0, 0.01, size=(n_y, n_h)),
        "b2": np.zeros((n_y, 1)),
    }
