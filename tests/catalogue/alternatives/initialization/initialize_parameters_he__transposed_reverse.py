"""Draws from the last layer back, each W transposed, scaled by sqrt(1 / n[l-1]) * sqrt(2).

function: initialize_parameters_he
expect: passed
"""
import numpy as np


def initialize_parameters_he(layer_dims):
    parameters = {}
    for l in range(len(layer_dims) - 1, 0, -1):
        fan_in = layer_dims[l - 1]
        parameters[f"W{l}"] = (np.random.randn(fan_in, layer_dims[l]) * np.sqrt(1 / fan_in) * np.sqrt(2)).T
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters
