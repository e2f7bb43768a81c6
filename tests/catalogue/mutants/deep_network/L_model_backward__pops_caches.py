"""Walks the layers with caches.pop(), emptying the caller's caches list.

function: L_model_backward
expect: failed
blind_spot: yes
"""
import numpy as np


def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    dA = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    activation = "sigmoid"
    for l in range(L, 0, -1):
        cache = caches.pop()
        dA, grads["dW" + str(l)], grads["db" + str(l)] = linear_activation_backward(dA, cache, activation)
        grads["dA" + str(l - 1)] = dA
        activation = "relu"
    return grads
