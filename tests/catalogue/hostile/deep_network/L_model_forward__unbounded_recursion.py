"""Recurses over the layers with a base case that is never reached, until RecursionError.

function: L_model_forward
expect: error
feedback: recursion
"""
import numpy as np


def _forward_from(l, A, parameters, caches):
    L = len(parameters) // 2
    if l == L + 1 and not caches:  # wrong base case: caches is never empty here
        return A, caches
    W, b = parameters.get(f"W{l}"), parameters.get(f"b{l}")
    if W is not None:
        A, cache = linear_activation_forward(A, W, b, "sigmoid" if l == L else "relu")
        caches.append(cache)
    return _forward_from(l + 1, A, parameters, caches)


def L_model_forward(X, parameters):
    return _forward_from(1, X, parameters, [])
