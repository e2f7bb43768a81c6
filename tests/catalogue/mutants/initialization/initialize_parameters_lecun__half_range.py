"""Centres np.random.rand by subtracting 0.5 but forgets to double it: weights in [-limit/2, limit/2).

function: initialize_parameters_lecun
expect: failed
feedback: half the range
blind_spot: no
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        limit = np.sqrt(3 / layer_dims[l - 1])
        parameters["W" + str(l)] = (np.random.rand(layer_dims[l], layer_dims[l - 1]) - 0.5) * limit
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
