"""Course template (seed 3) and a separate scaling step in place on its own array.

function: initialize_parameters_he
expect: passed
"""
import numpy as np


def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1
    for l in range(1, L + 1):
        W = np.random.randn(layers_dims[l], layers_dims[l - 1])
        W *= np.sqrt(2. / layers_dims[l - 1])
        parameters['W' + str(l)] = W
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters
