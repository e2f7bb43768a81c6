"""Copies the course's dnn_app_utils helper and scales by 1/sqrt(n[l-1]) instead of 0.01.

function: initialize_parameters_deep
expect: failed
blind_spot: no
"""
import numpy as np


def initialize_parameters_deep(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) / np.sqrt(layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
