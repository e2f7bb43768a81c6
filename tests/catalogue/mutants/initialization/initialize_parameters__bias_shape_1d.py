"""Creates the biases with np.zeros(n), shape (n,) instead of (n, 1).

function: initialize_parameters
expect: failed
feedback: (n, 1)
blind_spot: no
"""
import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros(n_h)
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros(n_y)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
