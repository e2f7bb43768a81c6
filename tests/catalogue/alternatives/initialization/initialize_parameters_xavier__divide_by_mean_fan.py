"""randn divided by sqrt of the mean fan ((in+out)/2).

function: initialize_parameters_xavier
expect: passed
"""
import numpy as np


def initialize_parameters_xavier(layer_dims):
    params = {}
    for l in range(1, len(layer_dims)):
        avg_fan = (layer_dims[l - 1] + layer_dims[l]) / 2
        params[f"W{l}"] = np.random.randn(layer_dims[l], layer_dims[l - 1]) / np.sqrt(avg_fan)
        params[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return params
