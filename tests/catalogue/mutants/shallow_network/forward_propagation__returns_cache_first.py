"""Returns (cache, A2) instead of (A2, cache).

function: forward_propagation
expect: failed
feedback: it is a dict
blind_spot: no
"""
import numpy as np
from activations import sigmoid


def forward_propagation(X, parameters):
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return cache, A2
