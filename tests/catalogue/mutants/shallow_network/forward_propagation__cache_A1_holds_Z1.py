"""Stores Z1 under "A1" in the cache (a copy-paste slip).

function: forward_propagation
expect: failed
feedback: holds another quantity
blind_spot: no
"""
import numpy as np
from activations import sigmoid


def forward_propagation(X, parameters):
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": Z1, "Z2": Z2, "A2": A2}
