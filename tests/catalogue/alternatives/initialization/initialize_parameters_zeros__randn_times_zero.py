"""Multiplies a random draw by 0.0: some entries are -0.0, which is still zero.

function: initialize_parameters_zeros
expect: passed
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l, (n_prev, n) in enumerate(zip(layer_dims[:-1], layer_dims[1:]), start=1):
        parameters["W" + str(l)] = np.random.randn(n, n_prev) * 0.0
        parameters["b" + str(l)] = np.zeros((n, 1))
    return parameters
