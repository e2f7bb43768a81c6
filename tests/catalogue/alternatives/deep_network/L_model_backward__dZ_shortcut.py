"""Starts backprop from dZ_L = AL - Y (the sigmoid + cross-entropy shortcut), skipping dAL.

function: L_model_backward
expect: passed
"""
import numpy as np


def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    dZ = AL - Y
    linear_cache, _ = caches[L - 1]
    grads["dA" + str(L - 1)], grads["dW" + str(L)], grads["db" + str(L)] = linear_backward(dZ, linear_cache)
    for l in reversed(range(L - 1)):
        dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l + 1)], caches[l], "relu")
        grads["dA" + str(l)] = dA_prev
        grads["dW" + str(l + 1)] = dW
        grads["db" + str(l + 1)] = db
    return grads
