"""Stretches np.random.rand: rand * 2 * limit - limit, uniform on [-limit, limit).

function: initialize_parameters_lecun
expect: passed
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        limit = np.sqrt(3.0) / np.sqrt(layer_dims[l - 1])
        parameters["W" + str(l)] = np.random.rand(layer_dims[l], layer_dims[l - 1]) * 2 * limit - limit
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
