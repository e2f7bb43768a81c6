"""Calls np.max(0, Z) (a reduction) where np.maximum(0, Z) was meant, which raises.

function: relu
expect: error
blind_spot: no
"""
import numpy as np


def relu(Z):
    return np.max(0, Z)
