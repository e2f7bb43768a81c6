"""Scales the gradients in place (grads["dW1"] *= learning_rate) before subtracting, changing the caller's grads.

function: update_parameters
expect: failed
feedback: grads
blind_spot: yes
"""
import numpy as np


def update_parameters(parameters, grads, learning_rate):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        grads["dW" + str(l)] *= learning_rate
        grads["db" + str(l)] *= learning_rate
        parameters["W" + str(l)] = parameters["W" + str(l)] - grads["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - grads["db" + str(l)]
    return parameters
