"""Loops over np.squeeze(A2): with one example the squeezed array is 0-d and cannot be iterated.

function: predict
expect: error
blind_spot: yes
"""
import numpy as np


def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    labels = [1.0 if a > 0.5 else 0.0 for a in np.squeeze(A2)]
    return np.array(labels).reshape(1, -1)
