"""Uses tanh at the output too, so A2 is not a probability.

function: forward_propagation
expect: failed
feedback: uses tanh
blind_spot: no
"""
import numpy as np


def forward_propagation(X, parameters):
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = np.tanh(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
