"""Reverses layer_dims in place to draw the layers from the output back, and never restores it.

function: initialize_parameters_he
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def initialize_parameters_he(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    layer_dims.reverse()  # now [n_L, ..., n_0]
    for k in range(L):
        l = L - k
        n, n_prev = layer_dims[k], layer_dims[k + 1]
        parameters["W" + str(l)] = np.random.randn(n, n_prev) * np.sqrt(2 / n_prev)
        parameters["b" + str(l)] = np.zeros((n, 1))
    return parameters
