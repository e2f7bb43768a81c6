"""Draws normal weights with LeCun's variance, randn * sqrt(1 / n[l-1]), instead of the uniform ones.

function: initialize_parameters_lecun
expect: failed
feedback: uniform
blind_spot: no
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        n_prev, n = layer_dims[l - 1], layer_dims[l]
        parameters["W" + str(l)] = np.random.randn(n, n_prev) * np.sqrt(1 / n_prev)
        parameters["b" + str(l)] = np.zeros((n, 1))
    return parameters
