"""Draws the weights with np.random.rand (uniform on [0, 1)) instead of np.random.randn.

function: initialize_parameters_deep
expect: failed
feedback: randn
blind_spot: yes
"""
import numpy as np


def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        parameters["W" + str(l)] = np.random.rand(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
