"""Draws a truncated normal rescaled to He's variance, as Keras's he_normal does.

function: initialize_parameters_he
expect: failed
feedback: truncated
blind_spot: no
"""
import numpy as np


def _truncated_randn(rows, cols):
    W = np.random.randn(rows, cols)
    outside = np.abs(W) > 2
    while outside.any():
        W[outside] = np.random.randn(outside.sum())
        outside = np.abs(W) > 2
    return W / 0.87962566103423978


def initialize_parameters_he(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = _truncated_randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(2 / layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
