"""Subtracts each row's maximum instead of each column's: not a per-column constant, so it changes the result.

function: softmax
expect: failed
feedback: a constant per row
blind_spot: no
"""
import numpy as np


def softmax(Z):
    e = np.exp(Z - np.max(Z, axis=1, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)
