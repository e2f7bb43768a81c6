"""Draws one number per unit and broadcasts it along the row: every unit weighs all its inputs the same way.

function: initialize_parameters_deep
expect: failed
feedback: weighs
blind_spot: yes
"""
import numpy as np


def initialize_parameters_deep(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = np.zeros((layer_dims[l], layer_dims[l - 1]))
        W[:] = np.random.randn(layer_dims[l], 1) * 0.01
        parameters["W" + str(l)] = W
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
