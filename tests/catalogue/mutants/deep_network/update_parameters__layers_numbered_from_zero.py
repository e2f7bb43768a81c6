"""Loops over range(L) and looks up W{l} from l = 0, but layers are numbered from 1.

function: update_parameters
expect: error
feedback: layer
blind_spot: no
"""
import numpy as np


def update_parameters(parameters, grads, learning_rate):
    L = len(parameters) // 2
    for l in range(L):
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]
    return parameters
