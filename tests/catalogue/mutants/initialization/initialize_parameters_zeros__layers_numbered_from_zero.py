"""Numbers the layers from 0 (W0, b0, ...), so the last layer's keys are missing.

function: initialize_parameters_zeros
expect: failed
feedback: numbered 1 to L
blind_spot: no
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(len(layer_dims) - 1):
        parameters["W" + str(l)] = np.zeros((layer_dims[l + 1], layer_dims[l]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l + 1], 1))
    return parameters
