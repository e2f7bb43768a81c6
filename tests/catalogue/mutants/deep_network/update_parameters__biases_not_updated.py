"""Updates the weights but forgets the biases.

function: update_parameters
expect: failed
blind_spot: no
"""
import numpy as np


def update_parameters(parameters, grads, learning_rate):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
    return parameters
