"""Uses the default learning rate 0.0075 of L_layer_model instead of the learning_rate argument.

function: update_parameters
expect: failed
feedback: learning_rate
blind_spot: no
"""
import numpy as np


def update_parameters(parameters, grads, learning_rate):
    L = len(parameters) // 2
    for l in range(L):
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - 0.0075 * grads["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - 0.0075 * grads["db" + str(l + 1)]
    return parameters
