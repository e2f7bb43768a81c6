"""Course-style loop over linear_activation_forward, but every cache is stored as a list, not a tuple.

function: L_model_forward
expect: passed
"""
import numpy as np


def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A_prev = A
        A, (linear_cache, Z) = linear_activation_forward(
            A_prev, parameters["W" + str(l)], parameters["b" + str(l)], activation="relu")
        caches.append([list(linear_cache), Z])
    AL, (linear_cache, Z) = linear_activation_forward(
        A, parameters["W" + str(L)], parameters["b" + str(L)], activation="sigmoid")
    caches.append([list(linear_cache), Z])
    return AL, caches
