"""Hard-codes L = 3 from the [3, 2, 1] example, so other depths get the wrong layers.

function: initialize_parameters_zeros
expect: error
feedback: layer
blind_spot: yes
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    parameters = {}
    L = 3  # number of entries in layers_dims
    for l in range(1, L):
        parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
