"""The course's structure: calls linear_forward, then the activation, each branch building its own cache.

function: linear_activation_forward
expect: passed
"""
import numpy as np

from activations import relu, sigmoid, tanh


def linear_activation_forward(A_prev, W, b, activation):
    if activation == "sigmoid":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A = sigmoid(Z)
        activation_cache = Z
    elif activation == "relu":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A = relu(Z)
        activation_cache = Z
    elif activation == "tanh":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A = tanh(Z)
        activation_cache = Z
    assert A.shape == (W.shape[0], A_prev.shape[1])
    cache = (linear_cache, activation_cache)
    return A, cache
