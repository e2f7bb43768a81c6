"""Gives W[l] the shape (n[l-1], n[l]) instead of (n[l], n[l-1]).

function: initialize_parameters_deep
expect: failed
feedback: transpose
blind_spot: no
"""
import numpy as np


def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l - 1], layer_dims[l]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
