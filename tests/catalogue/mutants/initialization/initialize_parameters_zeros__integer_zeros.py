"""Makes the weights and biases with np.zeros(shape, dtype=int): integer arrays, not floats.

function: initialize_parameters_zeros
expect: failed
feedback: int
blind_spot: yes
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]), dtype=int)
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1), dtype=int)
    return parameters
