"""ReLU as Z times the boolean mask (Z > 0); negative inputs give -0.0, which equals 0.

function: relu
expect: passed
"""
import numpy as np


def relu(Z):
    return Z * (Z > 0)
