"""Divides by the product n[l-1]·n[l] instead of the sum n[l-1] + n[l].

function: initialize_parameters_xavier
expect: failed
feedback: product
blind_spot: no
"""
import numpy as np


def initialize_parameters_xavier(layer_dims):
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        n_prev, n = layer_dims[l - 1], layer_dims[l]
        parameters["W" + str(l)] = np.random.randn(n, n_prev) * np.sqrt(2 / (n_prev * n))
        parameters["b" + str(l)] = np.zeros((n, 1))
    return parameters
