"""Copies dA and zeroes it only where Z < 0, taking the right-hand slope 1 at exactly Z = 0.

function: relu_backward
expect: passed
"""
import numpy as np


def relu_backward(dA, cache):
    Z = cache
    dZ = np.array(dA, copy=True)
    dZ[Z < 0] = 0
    return dZ
