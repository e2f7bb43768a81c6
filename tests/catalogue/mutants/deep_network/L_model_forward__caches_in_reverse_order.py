"""Inserts each cache at the front of the list, so caches run from the last layer to the first.

function: L_model_forward
expect: failed
feedback: order
blind_spot: no
"""
import numpy as np


def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A_prev = A
        A, cache = linear_activation_forward(A_prev, parameters["W" + str(l)], parameters["b" + str(l)], "relu")
        caches.insert(0, cache)  # backprop walks them from the end
    AL, cache = linear_activation_forward(A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid")
    caches.insert(0, cache)
    return AL, caches
