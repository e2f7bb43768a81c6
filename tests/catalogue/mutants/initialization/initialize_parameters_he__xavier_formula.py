"""Uses Xavier's formula sqrt(2 / (n[l-1] + n[l])) instead of He's sqrt(2 / n[l-1]).

function: initialize_parameters_he
expect: failed
feedback: Xavier's formula
blind_spot: no
"""
import numpy as np


def initialize_parameters_he(layer_dims):
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        n_prev, n = layer_dims[l - 1], layer_dims[l]
        parameters["W" + str(l)] = np.random.randn(n, n_prev) * np.sqrt(2 / (n_prev + n))
        parameters["b" + str(l)] = np.zeros((n, 1))
    return parameters
