"""Loops over range(1, L), so the last layer is never updated.

function: update_parameters
expect: failed
feedback: layer
blind_spot: no
"""
import numpy as np


def update_parameters(parameters, grads, learning_rate):
    L = len(parameters) // 2
    for l in range(1, L):
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]
    return parameters
