"""Gives W[l] the shape (n[l-1], n[l]) instead of (n[l], n[l-1]).

function: initialize_parameters_zeros
expect: failed
feedback: transposed
blind_spot: no
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.zeros((layer_dims[l - 1], layer_dims[l]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
