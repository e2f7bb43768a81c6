"""Takes L = len(parameters) without the // 2, so it asks for layers that do not exist.

function: L_model_forward
expect: error
feedback: layer
blind_spot: no
"""
import numpy as np


def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters)
    for l in range(1, L):
        A_prev = A
        A, cache = linear_activation_forward(A_prev, parameters["W" + str(l)], parameters["b" + str(l)], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid")
    caches.append(cache)
    return AL, caches
