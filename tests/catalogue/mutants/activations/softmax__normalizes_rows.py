"""Normalizes over axis=1 (the rows) instead of each column.

function: softmax
expect: failed
feedback: rows
blind_spot: no
"""
import numpy as np


def softmax(Z):
    E = np.exp(Z - np.max(Z, axis=1, keepdims=True))
    return E / np.sum(E, axis=1, keepdims=True)
