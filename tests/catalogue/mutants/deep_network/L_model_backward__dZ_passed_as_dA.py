"""Computes dZ[L] = AL - Y but then feeds it to the sigmoid backward step as if it were dAL.

function: L_model_backward
expect: failed
blind_spot: no
"""
import numpy as np


def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    Y = Y.reshape(AL.shape)
    dAL = AL - Y
    dA = dAL
    for l in reversed(range(1, L + 1)):
        activation = "sigmoid" if l == L else "relu"
        dA, grads["dW" + str(l)], grads["db" + str(l)] = linear_activation_backward(dA, caches[l - 1], activation)
        grads["dA" + str(l - 1)] = dA
    return grads
