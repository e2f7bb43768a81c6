"""Forgets the * 0.01, so the weights are standard normal.

function: initialize_parameters_deep
expect: failed
feedback: 0.01
blind_spot: no
"""
import numpy as np


def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
