"""Fills all the biases first, then draws the weights from the last layer back to the first.

function: initialize_parameters_deep
expect: passed
"""
import numpy as np


def initialize_parameters_deep(layer_dims):
    L = len(layer_dims) - 1
    parameters = {}
    for l in range(1, L + 1):
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    for l in range(L, 0, -1):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
    return parameters
