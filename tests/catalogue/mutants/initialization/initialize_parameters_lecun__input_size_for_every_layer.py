"""Computes the limit once, from layer_dims[0], and uses it for every layer.

function: initialize_parameters_lecun
expect: failed
feedback: different factor in each layer
blind_spot: yes
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    parameters = {}
    limit = np.sqrt(3 / layer_dims[0])
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.uniform(-limit, limit, (layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
