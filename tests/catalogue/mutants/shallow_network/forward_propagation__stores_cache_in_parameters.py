"""Builds the cache by adding Z1, A1, Z2, A2 to the caller's parameters dict, then returns a copy.

function: forward_propagation
expect: failed
feedback: changed its input parameters
blind_spot: yes
"""
import numpy as np

from activations import sigmoid


def forward_propagation(X, parameters):
    parameters["Z1"] = np.dot(parameters["W1"], X) + parameters["b1"]
    parameters["A1"] = np.tanh(parameters["Z1"])
    parameters["Z2"] = np.dot(parameters["W2"], parameters["A1"]) + parameters["b2"]
    parameters["A2"] = sigmoid(parameters["Z2"])
    cache = {key: parameters[key] for key in ("Z1", "A1", "Z2", "A2")}
    return parameters["A2"], cache
