"""np.zeros_like of an empty template, then astype(float).

function: initialize_parameters_zeros
expect: passed
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    parameters = dict()
    L = len(layer_dims) - 1
    for l in range(L):
        W = np.empty((layer_dims[l + 1], layer_dims[l]))
        W[:] = 0
        parameters["W" + str(l + 1)] = W
        parameters["b" + str(l + 1)] = np.zeros((layer_dims[l + 1], 1)).astype(float)
    return parameters
