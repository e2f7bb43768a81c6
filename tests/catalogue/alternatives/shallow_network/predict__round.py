"""Rounds the probabilities with np.round (0.5 itself is never tested).

function: predict
expect: passed
"""
import numpy as np


def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    predictions = np.round(A2)
    return predictions
