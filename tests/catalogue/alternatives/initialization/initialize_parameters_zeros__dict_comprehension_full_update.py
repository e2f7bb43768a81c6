"""Dict comprehension with np.full(0.0).

function: initialize_parameters_zeros
expect: passed
"""
import numpy as np


def initialize_parameters_zeros(layer_dims):
    L = len(layer_dims)
    params = {f"W{l}": np.full((layer_dims[l], layer_dims[l - 1]), 0.0) for l in range(1, L)}
    params.update({f"b{l}": np.full((layer_dims[l], 1), 0.0) for l in range(1, L)})
    return params
