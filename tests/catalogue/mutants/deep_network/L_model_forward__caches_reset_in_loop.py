"""Initializes caches = [] inside the loop, so with two or more hidden layers the earlier caches are lost.

function: L_model_forward
expect: failed
blind_spot: no
"""
import numpy as np


def L_model_forward(X, parameters):
    A = X
    L = len(parameters) // 2
    caches = []
    for l in range(1, L):
        caches = []
        A_prev = A
        A, cache = linear_activation_forward(A_prev, parameters["W" + str(l)], parameters["b" + str(l)], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid")
    caches.append(cache)
    return AL, caches
