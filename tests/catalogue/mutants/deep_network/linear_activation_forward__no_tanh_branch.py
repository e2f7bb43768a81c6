"""Handles only 'sigmoid' and 'relu'; with 'tanh' A is never assigned and the call raises.

function: linear_activation_forward
expect: error
feedback: tanh
blind_spot: yes
"""
import numpy as np


from activations import relu, sigmoid


def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "sigmoid":
        A = sigmoid(Z)
    elif activation == "relu":
        A = relu(Z)
    cache = (linear_cache, Z)
    return A, cache
