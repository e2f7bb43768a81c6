"""Draws one number per unit and broadcasts it along the row: all columns equal.

function: initialize_parameters_xavier
expect: failed
feedback: identical columns
blind_spot: no
"""
import numpy as np


def initialize_parameters_xavier(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2 / (layer_dims[l] + layer_dims[l - 1]))
        col = np.random.randn(layer_dims[l], 1) * std
        parameters["W" + str(l)] = col * np.ones((1, layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
