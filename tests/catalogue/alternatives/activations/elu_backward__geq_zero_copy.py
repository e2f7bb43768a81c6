"""Copies dA, then scales entries with Z < 0 (slope 1 at exactly 0).

function: elu_backward
expect: passed
"""
import numpy as np


def elu_backward(dA, cache, alpha=1.0):
    Z = cache
    dZ = dA.copy()
    negative = Z < 0
    dZ[negative] = dA[negative] * alpha * np.exp(Z[negative])
    return dZ
