"""Its own sigmoid helper, exp(z) / (1 + exp(z)), is nan for z above about 709.

function: forward_propagation
expect: failed
feedback: overflows
blind_spot: yes
"""
import numpy as np


def _logistic(z):
    return np.exp(z) / (1 + np.exp(z))


def forward_propagation(X, parameters):
    W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
    Z1 = np.dot(W1, X) + b1
    A1 = np.tanh(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = _logistic(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
