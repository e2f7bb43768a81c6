"""Writes the whole forward pass inline with the @ operator, activations imported from the learner's module, and list caches.

function: L_model_forward
expect: passed
"""
import numpy as np

from activations import relu, sigmoid


def L_model_forward(X, parameters):
    L = len([k for k in parameters if k.startswith("W")])
    caches = []
    A = X
    for l in range(1, L + 1):
        W, b = parameters["W" + str(l)], parameters["b" + str(l)]
        Z = W @ A + b
        linear_cache = [A, W, b]
        A = sigmoid(Z) if l == L else relu(Z)
        caches.append([linear_cache, Z])
    return A, caches
