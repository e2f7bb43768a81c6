"""Treats every activation other than 'relu' as 'sigmoid', so 'tanh' gives sigmoid.

function: linear_activation_forward
expect: failed
feedback: tanh
blind_spot: yes
"""
import numpy as np


from activations import relu, sigmoid


def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "relu":
        A = relu(Z)
    else:
        A = sigmoid(Z)
    cache = (linear_cache, Z)
    return A, cache
