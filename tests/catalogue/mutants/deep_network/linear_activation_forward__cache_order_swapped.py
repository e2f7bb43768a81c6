"""Returns the cache as (Z, linear_cache) instead of (linear_cache, Z).

function: linear_activation_forward
expect: failed
feedback: cache
blind_spot: no
"""
import numpy as np


from activations import relu, sigmoid, tanh


def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "sigmoid":
        A = sigmoid(Z)
    elif activation == "relu":
        A = relu(Z)
    elif activation == "tanh":
        A = tanh(Z)
    cache = (Z, linear_cache)
    return A, cache
