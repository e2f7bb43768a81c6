"""Writes W1 and W2 out from a two-layer template, so only networks of exactly two layers are right.

function: initialize_parameters_xavier
expect: error
feedback: layer
blind_spot: yes
"""
import numpy as np


def initialize_parameters_xavier(layer_dims):
    n_x, n_h, n_y = layer_dims[0], layer_dims[1], layer_dims[2]
    W1 = np.random.randn(n_h, n_x) * np.sqrt(2 / (n_x + n_h))
    W2 = np.random.randn(n_y, n_h) * np.sqrt(2 / (n_h + n_y))
    return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}
