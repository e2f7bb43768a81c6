"""Draws with np.random.rand (uniform on [0, 1)) instead of np.random.randn.

function: initialize_parameters_he
expect: failed
feedback: positive
blind_spot: no
"""
import numpy as np


def initialize_parameters_he(layer_dims):
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        n_prev, n = layer_dims[l - 1], layer_dims[l]
        parameters["W" + str(l)] = np.random.rand(n, n_prev) * np.sqrt(2 / n_prev)
        parameters["b" + str(l)] = np.zeros((n, 1))
    return parameters
