"""Draws one weight per unit, randn(n[l], 1), and broadcasts it over all the unit's inputs.

function: initialize_parameters_he
expect: failed
feedback: identical columns
blind_spot: no
"""
import numpy as np


def initialize_parameters_he(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        per_unit = np.random.randn(layer_dims[l], 1) * np.sqrt(2 / layer_dims[l - 1])
        parameters["W" + str(l)] = per_unit * np.ones((layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
