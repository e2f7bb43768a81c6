"""Returns the mask (Z > 0), the derivative of ReLU, instead of max(0, Z).

function: relu
expect: failed
blind_spot: no
"""
import numpy as np


def relu(Z):
    return (Z > 0).astype(float)
