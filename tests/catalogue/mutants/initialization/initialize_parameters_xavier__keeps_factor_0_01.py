"""Keeps the course's * 0.01 on top of the Xavier scale.

function: initialize_parameters_xavier
expect: failed
feedback: 100 times too small
blind_spot: no
"""
import numpy as np


def initialize_parameters_xavier(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01 * np.sqrt(2 / (layer_dims[l] + layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
