"""dW1 uses A1 where X belongs (copied from the dW2 line).

function: backward_propagation
expect: failed
feedback: dW1 has shape
blind_spot: no
"""
import numpy as np


def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = np.dot(dZ2, A1.T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.dot(parameters["W2"].T, dZ2) * (1 - A1 ** 2)
    dW1 = np.dot(dZ1, A1.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
