"""Forgets the square root: the limit is 3 / n[l-1] instead of sqrt(3 / n[l-1]).

function: initialize_parameters_lecun
expect: failed
feedback: square root
blind_spot: yes
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        n_prev, n = layer_dims[l - 1], layer_dims[l]
        parameters["W" + str(l)] = np.random.uniform(-3 / n_prev, 3 / n_prev, (n, n_prev))
        parameters["b" + str(l)] = np.zeros((n, 1))
    return parameters
