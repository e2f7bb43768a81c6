"""Keeps X and the weights in the cache as well (extra keys next to Z1, A1, Z2, A2).

function: forward_propagation
expect: passed
"""
import numpy as np


def forward_propagation(X, parameters):
    W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.tanh(Z1)
    Z2 = W2 @ A1 + b2
    A2 = 1 / (1 + np.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2, "X": X, "W1": W1, "W2": W2}
