"""Hard-codes L = 3 from the three-entry example, so other depths get the wrong layers.

function: initialize_parameters_deep
expect: error
feedback: layer
blind_spot: yes
"""
import numpy as np


def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = 3  # number of layers in the network
    for l in range(1, L):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
