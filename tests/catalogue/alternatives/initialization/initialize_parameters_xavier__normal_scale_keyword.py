"""np.random.normal(scale=...) drawn (fan_in, fan_out) and transposed.

function: initialize_parameters_xavier
expect: passed
"""
import numpy as np


def initialize_parameters_xavier(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        fan_in, fan_out = layer_dims[l - 1], layer_dims[l]
        std = np.sqrt(2.0 / (fan_in + fan_out))
        parameters["W" + str(l)] = np.random.normal(loc=0.0, scale=std, size=(fan_in, fan_out)).T
        parameters["b" + str(l)] = np.zeros((fan_out, 1))
    return parameters
