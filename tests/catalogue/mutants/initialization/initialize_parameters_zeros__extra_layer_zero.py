"""Loops from l = 0: adds a W0 and b0 (built from layer_dims[-1]) on top of the right keys.

function: initialize_parameters_zeros
expect: failed
feedback: numbered 1 to L
blind_spot: no
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(len(layer_dims)):
        parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
