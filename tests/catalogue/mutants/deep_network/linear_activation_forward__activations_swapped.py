"""Applies relu for 'sigmoid' and sigmoid for 'relu'.

function: linear_activation_forward
expect: failed
feedback: sigmoid
blind_spot: no
"""
import numpy as np


from activations import relu, sigmoid, tanh


def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "sigmoid":
        A = relu(Z)
    elif activation == "relu":
        A = sigmoid(Z)
    else:
        A = tanh(Z)
    cache = (linear_cache, Z)
    return A, cache
