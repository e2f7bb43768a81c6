"""Clips Z2 to [-10, 10] inside its sigmoid "against overflow": sigmoid(20) comes out as sigmoid(10).

function: forward_propagation
expect: failed
feedback: clipped
blind_spot: yes
"""
import numpy as np


def _safe_sigmoid(z):
    return 1 / (1 + np.exp(-np.clip(z, -10, 10)))


def forward_propagation(X, parameters):
    W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
    Z1 = np.dot(W1, X) + b1
    A1 = np.tanh(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = _safe_sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
