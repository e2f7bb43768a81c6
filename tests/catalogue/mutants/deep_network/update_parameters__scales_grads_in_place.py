"""Multiplies the gradients in grads by the learning rate in place before subtracting them.

function: update_parameters
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def update_parameters(parameters, grads, learning_rate):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        dW = grads["dW" + str(l)]
        db = grads["db" + str(l)]
        dW *= learning_rate
        db *= learning_rate
        parameters["W" + str(l)] = parameters["W" + str(l)] - dW
        parameters["b" + str(l)] = parameters["b" + str(l)] - db
    return parameters
