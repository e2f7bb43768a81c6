"""Writes dZ = dA (no copy) and zeroes dZ where Z <= 0, which zeroes the caller's dA too.

function: relu_backward
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def relu_backward(dA, cache):
    Z = cache
    dZ = dA  # the course uses np.array(dA, copy=True) here
    dZ[Z <= 0] = 0
    return dZ
