"""ReLU from the identity max(0, z) = (z + |z|) / 2, which is exact in floating point.

function: relu
expect: passed
"""
import numpy as np


def relu(Z):
    return (Z + np.abs(Z)) / 2
