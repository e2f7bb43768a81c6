"""Loops over every entry with math.exp, only on the non-positive side.

function: elu
expect: passed
"""
import numpy as np
import math


def elu(Z, alpha=1.0):
    A = np.zeros(Z.shape)
    for i in range(Z.shape[0]):
        for j in range(Z.shape[1]):
            z = Z[i, j]
            A[i, j] = z if z >= 0 else alpha * (math.exp(z) - 1)
    return A
