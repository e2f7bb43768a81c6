"""Reads the decision from the sign of Z2 in the cache: A2 > 0.5 exactly where Z2 > 0.

function: predict
expect: passed
"""
import numpy as np


def predict(parameters, X):
    _, cache = forward_propagation(X, parameters)
    return np.where(cache["Z2"] > 0, 1.0, 0.0)
