"""Multiplies np.random.rand by the limit without centring it: every weight in [0, limit).

function: initialize_parameters_lecun
expect: failed
feedback: positive
blind_spot: yes
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        n_prev, n = layer_dims[l - 1], layer_dims[l]
        parameters["W" + str(l)] = np.random.rand(n, n_prev) * np.sqrt(3 / n_prev)
        parameters["b" + str(l)] = np.zeros((n, 1))
    return parameters
