"""Computes tanh(z) = 2 * sigmoid(2z) - 1 with a private, overflow-free sigmoid.

function: tanh
expect: passed
"""
import numpy as np


def _sigmoid(Z):
    E = np.exp(-np.abs(Z))
    return np.where(Z >= 0, 1.0 / (1.0 + E), E / (1.0 + E))


def tanh(Z):
    return 2.0 * _sigmoid(2.0 * Z) - 1.0
