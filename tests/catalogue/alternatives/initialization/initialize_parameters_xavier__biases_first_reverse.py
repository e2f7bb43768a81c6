"""Fills the biases first, then draws the weights from the last layer back to the first.

function: initialize_parameters_xavier
expect: passed
"""
import numpy as np


def initialize_parameters_xavier(layer_dims):
    L = len(layer_dims) - 1
    parameters = {"b" + str(l): np.zeros((layer_dims[l], 1)) for l in range(1, L + 1)}
    for l in range(L, 0, -1):
        fan_in, fan_out = layer_dims[l - 1], layer_dims[l]
        parameters["W" + str(l)] = np.random.randn(fan_out, fan_in) / np.sqrt((fan_in + fan_out) / 2)
    return parameters
