"""Squeezes the predictions to a flat (m,) array.

function: predict
expect: failed
feedback: (1, m) row
blind_spot: no
"""
import numpy as np


def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    return np.squeeze(A2 > 0.5).astype(float)
