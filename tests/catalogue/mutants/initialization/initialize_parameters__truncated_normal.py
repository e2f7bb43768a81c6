"""Uses a truncated normal (redraws every value beyond two standard deviations), as TensorFlow's initializer does.

function: initialize_parameters
expect: failed
blind_spot: yes
"""
import numpy as np


def _truncated_randn(shape):
    W = np.random.randn(*shape)
    outside = np.abs(W) > 2
    while outside.any():
        W[outside] = np.random.randn(outside.sum())
        outside = np.abs(W) > 2
    return W


def initialize_parameters(n_x, n_h, n_y):
    W1 = _truncated_randn((n_h, n_x)) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = _truncated_randn((n_y, n_h)) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
