"""Draws Glorot's uniform variant, uniform on ±sqrt(6 / (n[l-1] + n[l])): right variance, not normal.

function: initialize_parameters_xavier
expect: failed
feedback: uniform
blind_spot: no
"""
import numpy as np


def initialize_parameters_xavier(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        limit = np.sqrt(6 / (layer_dims[l - 1] + layer_dims[l]))
        parameters["W" + str(l)] = np.random.uniform(-limit, limit, (layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
