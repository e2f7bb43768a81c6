"""np.zeros(..., dtype=np.float32): zeros, but not float64.

function: initialize_parameters_zeros
expect: failed
feedback: float64
blind_spot: yes
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]), dtype=np.float32)
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1), dtype=np.float32)
    return parameters
