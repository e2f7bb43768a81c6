"""np.abs of the normal draw: every weight positive (a half-normal).

function: initialize_parameters_xavier
expect: failed
feedback: All weights are positive
blind_spot: yes
"""
import numpy as np


def initialize_parameters_xavier(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2 / (layer_dims[l] + layer_dims[l - 1]))
        parameters["W" + str(l)] = np.abs(np.random.randn(layer_dims[l], layer_dims[l - 1])) * std
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
