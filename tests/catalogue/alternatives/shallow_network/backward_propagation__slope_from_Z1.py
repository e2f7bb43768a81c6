"""Recomputes tanh's slope from Z1 (1 − tanh(Z1)²), uses @, np.mean for db, and also returns dZ1 and dZ2.

function: backward_propagation
expect: passed
"""
import numpy as np


def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dZ1 = (parameters["W2"].T @ dZ2) * (1 - np.tanh(cache["Z1"]) ** 2)
    return {
        "dW1": dZ1 @ X.T / m, "db1": np.mean(dZ1, axis=1, keepdims=True),
        "dW2": dZ2 @ cache["A1"].T / m, "db2": np.mean(dZ2, axis=1, keepdims=True),
        "dZ1": dZ1, "dZ2": dZ2,
    }
