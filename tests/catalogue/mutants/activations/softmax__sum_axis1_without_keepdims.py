"""Sums over axis=1 without keepdims: broadcasting fails (or mixes rows).

function: softmax
expect: error
feedback: keepdims
blind_spot: no
"""
import numpy as np


def softmax(Z):
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return E / np.sum(E, axis=1)
