"""sqrt(2 / layer_dims[0]) for every layer: only the first layer is right.

function: initialize_parameters_he
expect: failed
feedback: different factor in each layer
blind_spot: no
"""
import numpy as np


def initialize_parameters_he(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(2 / layer_dims[0])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
