"""Loops over range(1, L - 1), so the output layer gets no parameters.

function: initialize_parameters_deep
expect: failed
feedback: layer
blind_spot: no
"""
import numpy as np


def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L - 1):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
