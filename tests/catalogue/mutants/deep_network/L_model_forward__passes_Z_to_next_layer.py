"""Feeds Z instead of relu(Z) into the next layer (uses Z as if it were A).

function: L_model_forward
expect: failed
feedback: relu
blind_spot: no
"""
import numpy as np


from activations import sigmoid


def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        Z, linear_cache = linear_forward(A, parameters["W" + str(l)], parameters["b" + str(l)])
        caches.append((linear_cache, Z))
        A = Z
    Z, linear_cache = linear_forward(A, parameters["W" + str(L)], parameters["b" + str(L)])
    caches.append((linear_cache, Z))
    AL = sigmoid(Z)
    return AL, caches
