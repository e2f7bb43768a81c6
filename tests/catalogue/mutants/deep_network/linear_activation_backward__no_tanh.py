"""Handles only "relu" and "sigmoid", as the course notebook does, so activation="tanh" raises UnboundLocalError.

function: linear_activation_backward
expect: error
feedback: tanh
blind_spot: yes
"""
import numpy as np

from activations import relu_backward, sigmoid_backward


def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache
    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    return dA_prev, dW, db
