"""Zeroes dZ where dA <= 0 instead of where Z <= 0.

function: relu_backward
expect: failed
blind_spot: no
"""
import numpy as np


def relu_backward(dA, cache):
    dZ = np.array(dA, copy=True)
    dZ[dA <= 0] = 0
    return dZ
