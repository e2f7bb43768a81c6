"""Leaves the biases out: Z1 = W1·X and Z2 = W2·A1.

function: forward_propagation
expect: failed
feedback: biases are missing
blind_spot: no
"""
import numpy as np

from activations import sigmoid


def forward_propagation(X, parameters):
    W1, W2 = parameters["W1"], parameters["W2"]
    Z1 = np.dot(W1, X)
    A1 = np.tanh(Z1)
    Z2 = np.dot(W2, A1)
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
