"""Reseeds with np.random.seed(3) first, as course templates do (a note, not a failure).

function: initialize_parameters_lecun
expect: passed
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L + 1):
        scale = np.sqrt(1 / layer_dims[l - 1])
        parameters["W" + str(l)] = np.random.uniform(-1, 1, (layer_dims[l], layer_dims[l - 1])) * np.sqrt(3) * scale
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
