"""Leaky ReLU as np.maximum(alpha*Z, Z), right because 0 <= alpha < 1.

function: leaky_relu
expect: passed
"""
import numpy as np


def leaky_relu(Z, alpha=0.01):
    return np.maximum(alpha * Z, Z)
