"""Reseeds the global generator with np.random.seed(2) first, as the course template does.

function: initialize_parameters
expect: passed
"""
import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    np.random.seed(2)
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros(shape=(n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros(shape=(n_y, 1))
    assert W1.shape == (n_h, n_x)
    assert W2.shape == (n_y, n_h)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
