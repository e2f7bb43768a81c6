"""Multiplies a random draw by 0.0: some entries are -0.0.

function: initialize_parameters_zeros
expect: passed
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.0
        parameters["b" + str(l)] = -np.zeros((layer_dims[l], 1))
    return parameters
