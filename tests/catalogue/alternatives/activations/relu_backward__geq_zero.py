"""ReLU derivative taken as 1 at exactly 0 (the other one-sided value), with Z >= 0.

function: relu_backward
expect: passed
"""
import numpy as np


def relu_backward(dA, cache):
    Z = cache
    return np.where(Z >= 0, dA, 0.0)
