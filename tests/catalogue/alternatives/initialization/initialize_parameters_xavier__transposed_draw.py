"""Draws each W transposed, randn(n[l-1], n[l]).T, scaled by sqrt(2) / sqrt(n[l-1] + n[l]).

function: initialize_parameters_xavier
expect: passed
"""
import numpy as np


def initialize_parameters_xavier(layer_dims):
    parameters = {}
    for l, (n_prev, n) in enumerate(zip(layer_dims[:-1], layer_dims[1:]), start=1):
        parameters[f"W{l}"] = np.random.randn(n_prev, n).T * (np.sqrt(2) / np.sqrt(n_prev + n))
        parameters[f"b{l}"] = np.zeros((n, 1))
    return parameters
