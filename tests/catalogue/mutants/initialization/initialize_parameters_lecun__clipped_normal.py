"""Normal weights of variance 1/n[l-1] clipped to the limit: within the bounds, but not uniform.

function: initialize_parameters_lecun
expect: failed
blind_spot: no
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        limit = np.sqrt(3 / layer_dims[l - 1])
        W = np.random.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(1 / layer_dims[l - 1])
        parameters["W" + str(l)] = np.clip(W, -limit, limit)
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
