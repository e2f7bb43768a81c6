"""1 - 2*random_sample(N), reshaped (not transposed).

function: initialize_parameters_lecun
expect: passed
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        fan_in, fan_out = layer_dims[l - 1], layer_dims[l]
        u = 1.0 - 2.0 * np.random.random_sample(fan_in * fan_out)
        parameters["W" + str(l)] = (u * (3.0 / fan_in) ** 0.5).reshape(fan_out, fan_in)
        parameters["b" + str(l)] = np.zeros((fan_out, 1))
    return parameters
