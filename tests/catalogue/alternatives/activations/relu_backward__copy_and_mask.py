"""The course's version: copy dA, then zero the entries where Z <= 0 (dA itself untouched).

function: relu_backward
expect: passed
"""
import numpy as np


def relu_backward(dA, cache):
    Z = cache
    dZ = np.array(dA, copy=True)
    dZ[Z <= 0] = 0
    return dZ
