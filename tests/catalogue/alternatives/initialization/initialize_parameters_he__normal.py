"""Draws with np.random.normal(0, sqrt(2 / n[l-1]), size).

function: initialize_parameters_he
expect: passed
"""
import numpy as np


def initialize_parameters_he(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2 / layer_dims[l - 1])
        parameters["W" + str(l)] = np.random.normal(0, std, size=(layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
