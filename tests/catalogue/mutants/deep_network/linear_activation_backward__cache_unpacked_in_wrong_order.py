"""Unpacks the cache as (Z, linear_cache) instead of (linear_cache, Z).

function: linear_activation_backward
expect: error
feedback: cache
blind_spot: no
"""
import numpy as np


from activations import relu_backward, sigmoid_backward, tanh_backward


def linear_activation_backward(dA, cache, activation):
    activation_cache, linear_cache = cache
    if activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
    elif activation == "relu":
        dZ = relu_backward(dA, activation_cache)
    elif activation == "tanh":
        dZ = tanh_backward(dA, activation_cache)
    return linear_backward(dZ, linear_cache)
