"""ReLU backward with explicit Python loops over every entry.

function: relu_backward
expect: passed
"""
import numpy as np


def relu_backward(dA, cache):
    Z = cache
    n, m = Z.shape
    dZ = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            if Z[i, j] > 0:
                dZ[i, j] = dA[i, j]
    return dZ
