"""Divides dZ by m before calling linear_backward, which divides again: every gradient is m times too small unless m = 1.

function: linear_activation_backward
expect: failed
feedback: 1/m
blind_spot: no
"""
import numpy as np

from activations import relu_backward, sigmoid_backward, tanh_backward


def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache
    m = dA.shape[1]
    if activation == "relu":
        dZ = relu_backward(dA, activation_cache) / m
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache) / m
    elif activation == "tanh":
        dZ = tanh_backward(dA, activation_cache) / m
    dA_prev, dW, db = linear_backward(dZ, linear_cache)
    return dA_prev, dW, db
