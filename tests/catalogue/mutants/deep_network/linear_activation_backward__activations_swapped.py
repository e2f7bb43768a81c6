"""Uses relu_backward for 'sigmoid' and sigmoid_backward for 'relu'.

function: linear_activation_backward
expect: failed
feedback: sigmoid
blind_spot: no
"""
import numpy as np


from activations import relu_backward, sigmoid_backward, tanh_backward


def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache
    if activation == "sigmoid":
        dZ = relu_backward(dA, activation_cache)
    elif activation == "relu":
        dZ = sigmoid_backward(dA, activation_cache)
    else:
        dZ = tanh_backward(dA, activation_cache)
    return linear_backward(dZ, linear_cache)
