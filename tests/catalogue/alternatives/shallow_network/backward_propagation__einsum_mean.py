"""einsum for dW2, means for db, tanh's slope as (1 + A1)(1 - A1), outer product W2ᵀ * dZ2 (n_y = 1).

function: backward_propagation
expect: passed
"""
import numpy as np


def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    A1 = cache["A1"]
    dZ2 = cache["A2"] - Y
    dZ1 = parameters["W2"].T * dZ2 * (1 + A1) * (1 - A1)
    return {
        "dW2": np.einsum("im,jm->ij", dZ2, A1) / m,
        "db2": np.mean(dZ2, axis=1).reshape(-1, 1),
        "dW1": dZ1.dot(X.T) / m,
        "db1": dZ1.mean(axis=1, keepdims=True),
    }
