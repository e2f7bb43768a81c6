"""Draws from its own seeded generator, np.random.default_rng(1): reproducible, same distribution.

function: initialize_parameters_deep
expect: passed
"""
import numpy as np


def initialize_parameters_deep(layer_dims):
    rng = np.random.default_rng(1)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * 0.01
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters
