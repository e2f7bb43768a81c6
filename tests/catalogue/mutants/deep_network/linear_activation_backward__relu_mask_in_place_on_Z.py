"""Turns the cached Z into the ReLU derivative in place (Z[Z > 0] = 1, Z[Z <= 0] = 0), corrupting the caller's cache.

function: linear_activation_backward
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np

from activations import sigmoid_backward, tanh_backward


def linear_activation_backward(dA, cache, activation):
    linear_cache, Z = cache
    if activation == "relu":
        Z[Z > 0] = 1
        Z[Z <= 0] = 0
        dZ = dA * Z
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, Z)
    elif activation == "tanh":
        dZ = tanh_backward(dA, Z)
    return linear_backward(dZ, linear_cache)
