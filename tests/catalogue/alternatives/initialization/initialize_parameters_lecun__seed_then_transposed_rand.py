"""Course-template habit: np.random.seed(3) at the start.

function: initialize_parameters_lecun
expect: passed
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        a = np.sqrt(3. / layer_dims[l - 1])
        parameters['W' + str(l)] = np.random.rand(layer_dims[l - 1], layer_dims[l]).T * 2 * a - a
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
