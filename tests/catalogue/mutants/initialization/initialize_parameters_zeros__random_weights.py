"""Draws small random weights (randn * 0.01), as initialize_parameters_deep does, instead of zeros.

function: initialize_parameters_zeros
expect: failed
feedback: counter-example
blind_spot: no
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
