"""Draws weights from a uniform distribution scaled to unit variance, times 0.01: right mean and variance, but not normal.

function: initialize_parameters
expect: failed
blind_spot: yes
"""
import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    limit = np.sqrt(3.0)
    W1 = np.random.uniform(-limit, limit, (n_h, n_x)) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.uniform(-limit, limit, (n_y, n_h)) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
