"""Computes sigmoid through the identity sigmoid(z) = (1 + tanh(z / 2)) / 2, which never overflows.

function: sigmoid
expect: passed
"""
import numpy as np


def sigmoid(Z):
    return 0.5 * (1.0 + np.tanh(0.5 * Z))
