"""Predicts 1 where A2 is below 0.5.

function: predict
expect: failed
feedback: inverted
blind_spot: no
"""
import numpy as np


def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    return (A2 < 0.5).astype(float)
