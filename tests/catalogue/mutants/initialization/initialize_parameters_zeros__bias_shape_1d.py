"""Creates the biases with np.zeros(n), shape (n,) instead of (n, 1).

function: initialize_parameters_zeros
expect: failed
feedback: (n[l], 1)
blind_spot: no
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros(layer_dims[l])
    return parameters
