"""Reseeds NumPy from the clock on every call: the weights change from second to second and can't be replayed.

function: initialize_parameters_deep
expect: failed
feedback: from the clock
blind_spot: yes
"""
import time

import numpy as np


def initialize_parameters_deep(layer_dims):
    np.random.seed(int(time.time()))
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
