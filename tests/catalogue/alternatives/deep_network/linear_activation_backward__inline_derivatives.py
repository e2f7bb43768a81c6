"""Computes dZ inline (mask for relu, s(1-s) for sigmoid, 1-t^2 for tanh) and then calls linear_backward.

function: linear_activation_backward
expect: passed
"""
import numpy as np

from activations import sigmoid


def linear_activation_backward(dA, cache, activation):
    linear_cache, Z = cache
    if activation == "relu":
        dZ = dA * (Z > 0)
    elif activation == "sigmoid":
        s = sigmoid(Z)
        dZ = dA * s * (1 - s)
    else:
        dZ = dA * (1 - np.tanh(Z) ** 2)
    return linear_backward(dZ, linear_cache)
