"""The course's layout with asserts and activations.tanh, returning a list [A2, cache] whose cache also keeps X.

function: forward_propagation
expect: passed
"""
import numpy as np

from activations import sigmoid, tanh


def forward_propagation(X, parameters):
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
    Z1 = np.dot(W1, X) + b1
    A1 = tanh(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = sigmoid(Z2)
    assert A2.shape == (W2.shape[0], X.shape[1])
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2, "X": X}
    return [A2, cache]
