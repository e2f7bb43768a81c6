"""Copies the list first and uses np.zeros_like on a float template.

function: initialize_parameters_zeros
expect: passed
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    dims = list(layer_dims)
    parameters = {}
    for l in range(len(dims) - 1, 0, -1):
        template = np.empty((dims[l], dims[l - 1]), dtype=np.float64)
        parameters["W%d" % l] = np.zeros_like(template)
        parameters["b%d" % l] = np.zeros((dims[l], 1), dtype=float)
    return parameters
