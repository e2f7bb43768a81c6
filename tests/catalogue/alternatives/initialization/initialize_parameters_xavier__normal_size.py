"""Draws with np.random.normal(0, std, size) and the average fan: std = sqrt(1 / ((n[l-1] + n[l]) / 2)).

function: initialize_parameters_xavier
expect: passed
"""
import numpy as np


def initialize_parameters_xavier(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        fan_avg = (layer_dims[l - 1] + layer_dims[l]) / 2
        parameters["W" + str(l)] = np.random.normal(0.0, np.sqrt(1 / fan_avg), size=(layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
