"""ReLU written with np.where instead of np.maximum.

function: relu
expect: passed
"""
import numpy as np


def relu(Z):
    return np.where(Z > 0, Z, 0.0)
