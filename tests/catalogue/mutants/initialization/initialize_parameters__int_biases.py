"""Creates the biases with np.zeros(shape, dtype=int), so b1 and b2 are integer arrays.

function: initialize_parameters
expect: failed
feedback: int
blind_spot: no
"""
import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1), dtype=int)
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1), dtype=int)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
