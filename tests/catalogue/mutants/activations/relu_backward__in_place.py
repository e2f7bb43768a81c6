"""Forgets the course's np.array(dA, copy=True) and zeroes entries of the caller's dA.

function: relu_backward
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def relu_backward(dA, cache):
    Z = cache
    dZ = dA
    dZ[Z <= 0] = 0
    return dZ
