"""np.random.uniform with keywords, limit sqrt(3)/sqrt(n).

function: initialize_parameters_lecun
expect: passed
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        limit = np.sqrt(3) / np.sqrt(layer_dims[l - 1])
        parameters["W" + str(l)] = np.random.uniform(low=-limit, high=limit, size=(layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
