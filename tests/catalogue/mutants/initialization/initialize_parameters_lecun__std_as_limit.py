"""Uses the standard deviation sqrt(1 / n[l-1]) as the limit of the uniform draw, so the variance is only a third of LeCun's.

function: initialize_parameters_lecun
expect: failed
feedback: factor 3
blind_spot: no
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        n_prev, n = layer_dims[l - 1], layer_dims[l]
        parameters["W" + str(l)] = np.random.uniform(-np.sqrt(1 / n_prev), np.sqrt(1 / n_prev), (n, n_prev))
        parameters["b" + str(l)] = np.zeros((n, 1))
    return parameters
