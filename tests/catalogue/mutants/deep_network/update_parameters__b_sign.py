"""Adds learning_rate * db to the biases instead of subtracting it (the weights are updated correctly).

function: update_parameters
expect: failed
feedback: sign
blind_spot: no
"""
import numpy as np


def update_parameters(parameters, grads, learning_rate):
    parameters = dict(parameters)
    L = len(parameters) // 2
    for l in range(L):
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * grads["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] + learning_rate * grads["db" + str(l + 1)]
    return parameters
