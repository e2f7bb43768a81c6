"""Draws one row per layer and repeats it for every unit: the units start identical.

function: initialize_parameters_lecun
expect: failed
feedback: identical rows
blind_spot: yes
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        limit = np.sqrt(3 / layer_dims[l - 1])
        row = np.random.uniform(-limit, limit, (1, layer_dims[l - 1]))
        parameters["W" + str(l)] = np.repeat(row, layer_dims[l], axis=0)
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
