"""Consumes layer_dims with pop() from the end, leaving the caller's list with one entry.

function: initialize_parameters_zeros
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(L, 0, -1):
        n = layer_dims.pop()
        parameters["W" + str(l)] = np.zeros((n, layer_dims[-1]))
        parameters["b" + str(l)] = np.zeros((n, 1))
    return parameters
