"""randn / sqrt(n[l-1] / 2).

function: initialize_parameters_he
expect: passed
"""
import numpy as np


def initialize_parameters_he(layer_dims):
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) / np.sqrt(layer_dims[l - 1] / 2)
        parameters['b' + str(l)] = np.zeros(shape=(layer_dims[l], 1))
    return parameters
