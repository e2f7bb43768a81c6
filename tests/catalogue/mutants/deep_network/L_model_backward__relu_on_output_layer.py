"""Backpropagates through relu for every layer, the sigmoid output included.

function: L_model_backward
expect: failed
feedback: sigmoid
blind_spot: no
"""
import numpy as np


def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    Y = Y.reshape(AL.shape)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    dA = dAL
    for l in reversed(range(1, L + 1)):
        dA, grads["dW" + str(l)], grads["db" + str(l)] = linear_activation_backward(dA, caches[l - 1], "relu")
        grads["dA" + str(l - 1)] = dA
    return grads
