"""Declares predict(X, parameters), deep_network's order, instead of predict(parameters, X).

function: predict
expect: error
blind_spot: no
"""
import numpy as np


def predict(X, parameters):
    A2, cache = forward_propagation(X, parameters)
    return (A2 > 0.5).astype(float)
