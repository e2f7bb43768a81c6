"""Handles only "sigmoid" and "relu", as the course notebook does, so activation="tanh" raises UnboundLocalError.

function: linear_activation_forward
expect: error
feedback: tanh
blind_spot: yes
"""
import numpy as np

from activations import relu, sigmoid


def linear_activation_forward(A_prev, W, b, activation):
    if activation == "sigmoid":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A = sigmoid(Z)
    elif activation == "relu":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A = relu(Z)
    cache = (linear_cache, Z)
    return A, cache
