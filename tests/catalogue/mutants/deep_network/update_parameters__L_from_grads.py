"""Counts layers as len(grads) // 2, but grads also holds the dA keys, so it looks up a W{L+1} that does not exist.

function: update_parameters
expect: error
blind_spot: yes
"""
import numpy as np


def update_parameters(parameters, grads, learning_rate):
    L = len(grads) // 2
    new_parameters = {}
    for l in range(1, L + 1):
        new_parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        new_parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]
    return new_parameters
