"""Hard-codes L = 2 from the two-layer example.

function: update_parameters
expect: error
feedback: layer
blind_spot: yes
"""
import numpy as np


def update_parameters(parameters, grads, learning_rate):
    L = 2  # number of layers in the neural network
    for l in range(L):
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * grads["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * grads["db" + str(l + 1)]
    return parameters
