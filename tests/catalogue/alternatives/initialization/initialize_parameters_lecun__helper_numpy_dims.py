"""A private helper; layer sizes come as numpy ints.

function: initialize_parameters_lecun
expect: passed
"""
import numpy as np


def _lecun_layer(n_out, n_in):
    bound = np.sqrt(3.0 / n_in)
    return np.random.uniform(-bound, bound, (n_out, n_in)), np.zeros((n_out, 1))


def initialize_parameters_lecun(layer_dims):
    dims = np.asarray(layer_dims)
    out = {}
    for l in range(1, dims.size):
        out["W%d" % l], out["b%d" % l] = _lecun_layer(dims[l], dims[l - 1])
    return out
