"""Treats every activation other than 'relu' as 'sigmoid', so 'tanh' uses the sigmoid derivative.

function: linear_activation_backward
expect: failed
feedback: tanh
blind_spot: yes
"""
import numpy as np


from activations import relu_backward, sigmoid_backward


def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache
    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
    else:
        dZ = sigmoid_backward(dA, activation_cache)
    dA_prev, dW, db = linear_backward(dZ, linear_cache)
    return dA_prev, dW, db
