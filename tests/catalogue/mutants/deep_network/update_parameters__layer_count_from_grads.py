"""Counts layers as len(grads) // 2, which is too many once grads also holds the dA keys.

function: update_parameters
expect: error
feedback: layer
blind_spot: yes
"""
import numpy as np


def update_parameters(parameters, grads, learning_rate):
    L = len(grads) // 2
    for l in range(L):
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * grads["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * grads["db" + str(l + 1)]
    return parameters
