"""Hard-codes two layers (range(1, 3)), the depth of the [5, 4, 3] example.

function: initialize_parameters_lecun
expect: error
feedback: layer
blind_spot: yes
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    parameters = {}
    for l in range(1, 3):
        limit = np.sqrt(3 / layer_dims[l - 1])
        parameters["W" + str(l)] = np.random.uniform(-limit, limit, (layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
