"""Runs its own forward pass for exactly two layers (relu, then sigmoid).

function: predict
expect: error
feedback: layer
blind_spot: yes
"""
import numpy as np

from activations import relu, sigmoid


def predict(X, parameters):
    A1 = relu(np.dot(parameters["W1"], X) + parameters["b1"])
    A2 = sigmoid(np.dot(parameters["W2"], A1) + parameters["b2"])
    return (A2 > 0.5).astype(float)
