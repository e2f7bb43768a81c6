"""Multiplies by the reciprocal of each column sum, reshaped to a row.

function: softmax
expect: passed
"""
import numpy as np


def softmax(Z):
    n, m = Z.shape
    t = np.exp(Z - np.amax(Z, axis=0).reshape(1, m))
    return t * (1.0 / np.sum(t, axis=0)).reshape(1, m)
