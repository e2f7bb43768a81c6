"""Uses n[l] + n[l+1] (the next layer's sizes) instead of n[l-1] + n[l].

function: initialize_parameters_xavier
expect: failed
feedback: different factor in each layer
blind_spot: yes
"""
import numpy as np


def initialize_parameters_xavier(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L + 1):
        nxt = layer_dims[l + 1] if l + 1 < len(layer_dims) else layer_dims[l]
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(2 / (layer_dims[l] + nxt))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
