"""Draws a truncated normal rescaled to Xavier's variance, as Keras's glorot_normal does.

function: initialize_parameters_xavier
expect: failed
feedback: truncated
blind_spot: yes
"""
import numpy as np


def _truncated(shape, std):
    W = np.random.randn(*shape)
    outside = np.abs(W) > 2
    while outside.any():
        W[outside] = np.random.randn(outside.sum())
        outside = np.abs(W) > 2
    return W * std / 0.87962566103423978


def initialize_parameters_xavier(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2 / (layer_dims[l - 1] + layer_dims[l]))
        parameters["W" + str(l)] = _truncated((layer_dims[l], layer_dims[l - 1]), std)
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
