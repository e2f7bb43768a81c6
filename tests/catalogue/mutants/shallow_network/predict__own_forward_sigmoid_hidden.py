"""Computes its own forward pass with a sigmoid hidden layer.

function: predict
expect: failed
feedback: reuse forward_propagation
blind_spot: no
"""
import numpy as np


def predict(parameters, X):
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = 1 / (1 + np.exp(-Z1))
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = 1 / (1 + np.exp(-Z2))
    return (A2 > 0.5).astype(float)
