"""One big standard-normal draw, split into the layers.

function: initialize_parameters_he
expect: passed
"""
import numpy as np


def initialize_parameters_he(layer_dims):
    sizes = [layer_dims[l] * layer_dims[l - 1] for l in range(1, len(layer_dims))]
    flat = np.random.randn(sum(sizes))
    parameters, start = {}, 0
    for l in range(1, len(layer_dims)):
        n, n_prev = layer_dims[l], layer_dims[l - 1]
        chunk = flat[start:start + n * n_prev]
        start += n * n_prev
        parameters["W" + str(l)] = chunk.reshape(n, n_prev) * np.sqrt(2 / n_prev)
        parameters["b" + str(l)] = np.zeros((n, 1))
    return parameters
