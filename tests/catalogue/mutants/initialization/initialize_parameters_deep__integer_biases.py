"""Creates the biases with dtype=int.

function: initialize_parameters_deep
expect: failed
feedback: int
blind_spot: no
"""
import numpy as np


def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1), dtype=int)
    return parameters
