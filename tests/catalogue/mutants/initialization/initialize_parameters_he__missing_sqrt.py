"""Multiplies by the variance 2 / n[l-1] instead of its square root.

function: initialize_parameters_he
expect: failed
feedback: square root
blind_spot: no
"""
import numpy as np


def initialize_parameters_he(layer_dims):
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        n_prev, n = layer_dims[l - 1], layer_dims[l]
        parameters["W" + str(l)] = np.random.randn(n, n_prev) * (2 / n_prev)
        parameters["b" + str(l)] = np.zeros((n, 1))
    return parameters
