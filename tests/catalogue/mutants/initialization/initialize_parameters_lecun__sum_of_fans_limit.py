"""Limit sqrt(3 / (n[l-1] + n[l])): mixes the fan-out into LeCun's fan-in rule.

function: initialize_parameters_lecun
expect: failed
feedback: fan-in alone
blind_spot: no
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        limit = np.sqrt(3 / (layer_dims[l - 1] + layer_dims[l]))
        parameters["W" + str(l)] = np.random.uniform(-limit, limit, (layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
