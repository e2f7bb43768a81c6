"""Returns the parameters in an OrderedDict, as some older tutorials do.

function: initialize_parameters_he
expect: passed
"""
from collections import OrderedDict

import numpy as np


def initialize_parameters_he(layer_dims):
    parameters = OrderedDict()
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(2.0 / layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
