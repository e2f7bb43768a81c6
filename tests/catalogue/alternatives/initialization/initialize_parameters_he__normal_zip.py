"""np.random.normal(0, std, shape) with zip over neighbours.

function: initialize_parameters_he
expect: passed
"""
import numpy as np


def initialize_parameters_he(layer_dims):
    parameters = {}
    for l, (fan_in, fan_out) in enumerate(zip(layer_dims, layer_dims[1:]), 1):
        parameters[f"W{l}"] = np.random.normal(0, np.sqrt(2.0 / fan_in), (fan_out, fan_in))
        parameters[f"b{l}"] = np.zeros((fan_out, 1), dtype=float)
    return parameters
