"""Uses Glorot's uniform limit sqrt(6 / (n[l-1] + n[l])) instead of LeCun's sqrt(3 / n[l-1]).

function: initialize_parameters_lecun
expect: failed
feedback: Glorot
blind_spot: yes
"""
import numpy as np


def initialize_parameters_lecun(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        limit = np.sqrt(6 / (layer_dims[l - 1] + layer_dims[l]))
        parameters["W" + str(l)] = np.random.uniform(-limit, limit, (layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
