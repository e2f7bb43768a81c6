"""range(1, L) with L = len(layer_dims) - 1: the last layer is forgotten.

function: initialize_parameters_zeros
expect: failed
feedback: stops one layer early
blind_spot: no
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L):
        parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
