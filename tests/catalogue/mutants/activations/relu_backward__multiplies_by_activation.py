"""Multiplies dA by relu(Z) instead of by the derivative of relu.

function: relu_backward
expect: failed
blind_spot: no
"""
import numpy as np


def relu_backward(dA, cache):
    return dA * np.maximum(0, cache)
