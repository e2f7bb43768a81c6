"""Draws each W as np.random.normal(0, 0.01, (n_prev, n)).T: transposed, through normal, same distribution.

function: initialize_parameters_deep
expect: passed
"""
import numpy as np


def initialize_parameters_deep(layer_dims):
    parameters = {}
    for l, (n_prev, n) in enumerate(zip(layer_dims[:-1], layer_dims[1:]), start=1):
        parameters[f"W{l}"] = np.random.normal(0, 0.01, (n_prev, n)).T
        parameters[f"b{l}"] = np.zeros((n, 1))
    return parameters
