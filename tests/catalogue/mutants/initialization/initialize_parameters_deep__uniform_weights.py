"""Draws the weights uniformly on [-0.01, 0.01] instead of from a normal distribution times 0.01.

function: initialize_parameters_deep
expect: failed
blind_spot: yes
"""
import numpy as np


def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        parameters["W" + str(l)] = np.random.uniform(-0.01, 0.01, (layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
