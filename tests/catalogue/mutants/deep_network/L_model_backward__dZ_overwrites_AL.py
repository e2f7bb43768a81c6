"""Starts from dZ = AL; dZ -= Y, which subtracts Y from the caller's AL in place.

function: L_model_backward
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    Y = Y.reshape(AL.shape)
    dZ = AL  # for a sigmoid output with cross-entropy, dZ[L] = AL - Y
    dZ -= Y
    linear_cache, activation_cache = caches[L - 1]
    grads["dA" + str(L - 1)], grads["dW" + str(L)], grads["db" + str(L)] = linear_backward(dZ, linear_cache)
    for l in reversed(range(1, L)):
        grads["dA" + str(l - 1)], grads["dW" + str(l)], grads["db" + str(l)] = linear_activation_backward(
            grads["dA" + str(l)], caches[l - 1], "relu")
    return grads
