"""standard_normal in a comprehension, biases then weights.

function: initialize_parameters_xavier
expect: passed
"""
import numpy as np


def initialize_parameters_xavier(layer_dims):
    L = len(layer_dims) - 1
    b = {"b" + str(l): np.zeros((layer_dims[l], 1)) for l in range(L, 0, -1)}
    W = {"W" + str(l): np.random.standard_normal((layer_dims[l], layer_dims[l - 1]))
         * np.sqrt(2) / np.sqrt(layer_dims[l] + layer_dims[l - 1]) for l in range(L, 0, -1)}
    return {**b, **W}
