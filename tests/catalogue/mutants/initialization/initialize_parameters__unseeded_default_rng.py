"""Draws from np.random.default_rng() without a seed, so results cannot be reproduced.

function: initialize_parameters
expect: failed
feedback: seed
blind_spot: yes
"""
import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    rng = np.random.default_rng()
    W1 = rng.standard_normal((n_h, n_x)) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = rng.standard_normal((n_y, n_h)) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
