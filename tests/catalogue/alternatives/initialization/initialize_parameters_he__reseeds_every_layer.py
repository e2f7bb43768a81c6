"""Reseeds NumPy before every layer (a note, not a failure): each layer is still a proper normal draw.

function: initialize_parameters_he
expect: passed
"""
import numpy as np


def initialize_parameters_he(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        np.random.seed(0)
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(2 / layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
