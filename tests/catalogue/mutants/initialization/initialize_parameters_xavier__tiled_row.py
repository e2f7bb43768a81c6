"""Draws one row of weights and repeats it for every unit with np.tile, so all units of a layer start identical.

function: initialize_parameters_xavier
expect: failed
feedback: identical rows
blind_spot: no
"""
import numpy as np


def initialize_parameters_xavier(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2 / (layer_dims[l - 1] + layer_dims[l]))
        row = np.random.randn(1, layer_dims[l - 1]) * std
        parameters["W" + str(l)] = np.tile(row, (layer_dims[l], 1))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
