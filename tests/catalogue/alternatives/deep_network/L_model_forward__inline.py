"""Forward pass written without linear_activation_forward: each layer's Z, A and cache are computed inline.

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
        W, b = parameters["W%d" % l], parameters["b%d" % l]
        Z = np.dot(W, A) + b
        caches.append(((A, W, b), Z))
        A = sigmoid(Z) if l == L else relu(Z)
    return A, caches
