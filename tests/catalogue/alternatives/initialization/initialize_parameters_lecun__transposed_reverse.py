"""Draws the layers from the last back to the first, each transposed: uniform(-a, a, (n[l-1], n[l])).T.

function: initialize_parameters_lecun
expect: passed
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    parameters = {}
    for l in reversed(range(1, len(layer_dims))):
        n_prev, n = layer_dims[l - 1], layer_dims[l]
        a = (3 / n_prev) ** 0.5
        parameters[f"W{l}"] = np.random.uniform(low=-a, high=a, size=(n_prev, n)).T
        parameters[f"b{l}"] = np.zeros((n, 1))
    return parameters
