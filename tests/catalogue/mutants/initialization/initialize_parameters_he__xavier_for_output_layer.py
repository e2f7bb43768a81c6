"""Uses He for the hidden layers but Xavier's sqrt(2 / (n[l-1] + n[l])) for the sigmoid output layer.

function: initialize_parameters_he
expect: failed
feedback: Xavier's formula
blind_spot: yes
"""
import numpy as np


def initialize_parameters_he(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L + 1):
        if l < L:
            std = np.sqrt(2 / layer_dims[l - 1])  # ReLU layers
        else:
            std = np.sqrt(2 / (layer_dims[l - 1] + layer_dims[l]))  # sigmoid output
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * std
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
