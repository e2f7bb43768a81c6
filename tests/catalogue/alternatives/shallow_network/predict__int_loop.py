"""Fills an integer (1, m) array one example at a time.

function: predict
expect: passed
"""
import numpy as np


def predict(parameters, X):
    A2, _ = forward_propagation(X, parameters)
    m = X.shape[1]
    predictions = np.zeros((1, m), dtype=int)
    for i in range(m):
        if A2[0, i] > 0.5:
            predictions[0, i] = 1
    return predictions
