"""Returns the (m, 1) column A2.T > 0.5.

function: predict
expect: failed
feedback: transposed
blind_spot: no
"""
import numpy as np


def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    return (A2.T > 0.5)
