"""Goes the long way, through dA2 = −(Y/A2 − (1 − Y)/(1 − A2)) and activations.tanh_backward.

function: backward_propagation
expect: passed
"""
import numpy as np

from activations import tanh_backward


def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    A1, A2 = cache["A1"], cache["A2"]
    dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
    dZ2 = dA2 * A2 * (1 - A2)
    grads = {"dW2": np.dot(dZ2, A1.T) / m, "db2": np.sum(dZ2, axis=1, keepdims=True) / m}
    dA1 = np.dot(parameters["W2"].T, dZ2)
    dZ1 = tanh_backward(dA1, cache["Z1"])
    grads["dW1"] = np.dot(dZ1, X.T) / m
    grads["db1"] = np.sum(dZ1, axis=1, keepdims=True) / m
    return grads
