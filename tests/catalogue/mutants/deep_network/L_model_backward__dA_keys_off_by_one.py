"""Stores each layer's dA_prev under dA{l} instead of dA{l-1}, so keys run dA1..dAL.

function: L_model_backward
expect: failed
feedback: dA
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
        activation = "sigmoid" if l == L else "relu"
        dA, grads["dW" + str(l)], grads["db" + str(l)] = linear_activation_backward(dA, caches[l - 1], activation)
        grads["dA" + str(l)] = dA
    return grads
