"""Draws from np.random.default_rng() with no seed, a generator nobody can seed, so results are not reproducible.

function: initialize_parameters_deep
expect: failed
feedback: seed
blind_spot: yes
"""
import numpy as np


def initialize_parameters_deep(layer_dims):
    rng = np.random.default_rng()
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
