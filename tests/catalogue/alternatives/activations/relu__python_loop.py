"""ReLU with explicit Python loops over every entry, no vectorisation.

function: relu
expect: passed
"""
import numpy as np


def relu(Z):
    n, m = Z.shape
    A = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            if Z[i, j] > 0:
                A[i, j] = Z[i, j]
    return A
