"""Thresholds the probability A2 at 0 (the sign rule of Z2), so everything is predicted 1.

function: predict
expect: failed
feedback: A2 > 0 holds everywhere
blind_spot: no
"""
import numpy as np


def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    return (A2 > 0).astype(float)
