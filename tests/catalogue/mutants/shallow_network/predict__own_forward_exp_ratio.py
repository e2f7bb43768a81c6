"""Computes its own forward pass with the sigmoid written as exp(z) / (1 + exp(z)): nan, hence 0, for large z.

function: predict
expect: failed
blind_spot: yes
"""
import numpy as np


def predict(parameters, X):
    A1 = np.tanh(np.dot(parameters["W1"], X) + parameters["b1"])
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = np.exp(Z2) / (1 + np.exp(Z2))
    return (A2 > 0.5).astype(float)
