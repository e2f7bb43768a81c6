"""Uses sigmoid for the hidden layers instead of relu.

function: L_model_forward
expect: failed
feedback: relu
blind_spot: no
"""
import numpy as np


def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L + 1):
        A_prev = A
        A, cache = linear_activation_forward(A_prev, parameters["W" + str(l)], parameters["b" + str(l)], "sigmoid")
        caches.append(cache)
    return A, caches
