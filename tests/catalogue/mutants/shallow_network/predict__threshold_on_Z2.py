"""Thresholds Z2 (the cache's) at 0.5 instead of A2.

function: predict
expect: failed
feedback: reuse forward_propagation
blind_spot: yes
"""
import numpy as np


def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    return (cache["Z2"] > 0.5).astype(float)
