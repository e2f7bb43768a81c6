"""Converts layer_dims to an array and zips neighbours.

function: initialize_parameters_zeros
expect: passed
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    dims = np.array(layer_dims)
    parameters = {}
    for l, (n_prev, n) in enumerate(zip(dims[:-1], dims[1:]), start=1):
        parameters["b%d" % l] = np.zeros(shape=(n, 1), dtype=np.float64)
        parameters["W%d" % l] = np.zeros(shape=(n, n_prev), dtype="float64")
    return parameters
