"""Biases as rows (1, n[l]) instead of columns (n[l], 1).

function: initialize_parameters_zeros
expect: failed
feedback: must be a column
blind_spot: no
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((1, layer_dims[l]))
    return parameters
