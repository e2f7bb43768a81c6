"""Uses sqrt(1 / n[l-1]) (LeCun's variance) instead of sqrt(2 / n[l-1]).

function: initialize_parameters_he
expect: failed
feedback: factor 2
blind_spot: no
"""
import numpy as np


def initialize_parameters_he(layer_dims):
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        n_prev, n = layer_dims[l - 1], layer_dims[l]
        parameters["W" + str(l)] = np.random.randn(n, n_prev) * np.sqrt(1 / n_prev)
        parameters["b" + str(l)] = np.zeros((n, 1))
    return parameters
