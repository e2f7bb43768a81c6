"""Draws the biases from the same uniform as the weights.

function: initialize_parameters_lecun
expect: failed
feedback: Biases start at zero
blind_spot: no
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        limit = np.sqrt(3 / layer_dims[l - 1])
        parameters["W" + str(l)] = np.random.uniform(-limit, limit, (layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.random.uniform(-limit, limit, (layer_dims[l], 1))
    return parameters
