"""Picks the activation from a dictionary, computes Z inline and returns list caches.

function: linear_activation_forward
expect: passed
"""
import numpy as np

from activations import relu, sigmoid, tanh

_ACTIVATIONS = {"sigmoid": sigmoid, "relu": relu, "tanh": tanh}


def linear_activation_forward(A_prev, W, b, activation):
    g = _ACTIVATIONS[activation]
    Z = np.matmul(W, A_prev) + b
    A = g(Z)
    return A, [[A_prev, W, b], Z]
