"""One unit (row) at a time, with its own slope.

function: prelu
expect: passed
"""
import numpy as np


def prelu(Z, alpha):
    A = np.empty_like(Z, dtype=float)
    for i in range(Z.shape[0]):
        A[i] = np.where(Z[i] > 0, Z[i], alpha[i, 0] * Z[i])
    return A
