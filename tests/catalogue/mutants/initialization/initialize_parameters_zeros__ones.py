"""Starts every weight at 1.0 with np.ones: still symmetric, but not the zeros asked for.

function: initialize_parameters_zeros
expect: failed
feedback: np.ones
blind_spot: no
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.ones((layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
