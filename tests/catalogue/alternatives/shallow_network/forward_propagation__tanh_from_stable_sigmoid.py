"""Writes tanh as 2·sigmoid(2z) − 1 with an overflow-safe sigmoid of its own, and uses @.

function: forward_propagation
expect: passed
"""
import numpy as np


def _sigma(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def forward_propagation(X, parameters):
    Z1 = parameters["W1"] @ X + parameters["b1"]
    A1 = 2 * _sigma(2 * Z1) - 1
    Z2 = parameters["W2"] @ A1 + parameters["b2"]
    A2 = _sigma(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
