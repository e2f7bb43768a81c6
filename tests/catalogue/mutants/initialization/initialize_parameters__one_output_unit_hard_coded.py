"""Hard-codes a single output unit (binary classification), ignoring n_y.

function: initialize_parameters
expect: failed
blind_spot: yes
"""
import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(1, n_h) * 0.01
    b2 = np.zeros((1, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
