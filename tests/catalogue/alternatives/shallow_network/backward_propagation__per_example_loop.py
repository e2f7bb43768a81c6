"""Accumulates the gradients example by example in a loop, then divides by m.

function: backward_propagation
expect: passed
"""
import numpy as np


def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dW1 = np.zeros(parameters["W1"].shape)
    db1 = np.zeros(parameters["b1"].shape)
    dW2 = np.zeros(W2.shape)
    db2 = np.zeros(parameters["b2"].shape)
    for j in range(m):
        x, a1 = X[:, [j]], A1[:, [j]]
        dz2 = A2[:, [j]] - Y[:, [j]]
        dW2 += dz2 @ a1.T
        db2 += dz2
        dz1 = (W2.T @ dz2) * (1 - a1 ** 2)
        dW1 += dz1 @ x.T
        db1 += dz1
    return {"dW1": dW1 / m, "db1": db1 / m, "dW2": dW2 / m, "db2": db2 / m}
