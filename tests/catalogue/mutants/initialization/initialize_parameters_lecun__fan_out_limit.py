"""Takes the limit from n[l] (the layer's own size, fan-out) instead of n[l-1] (fan-in): sqrt(3 / n[l]).

function: initialize_parameters_lecun
expect: failed
feedback: fan-out
blind_spot: yes
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        n_prev, n = layer_dims[l - 1], layer_dims[l]
        parameters["W" + str(l)] = np.random.uniform(-np.sqrt(3 / n), np.sqrt(3 / n), (n, n_prev))
        parameters["b" + str(l)] = np.zeros((n, 1))
    return parameters
