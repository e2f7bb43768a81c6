"""Copies Z and overwrites the non-positive entries with alpha * expm1(z).

function: elu
expect: passed
"""
import numpy as np


def elu(Z, alpha=1.0):
    A = np.array(Z, dtype=float, copy=True)
    negative = Z <= 0
    A[negative] = alpha * np.expm1(Z[negative])
    return A
