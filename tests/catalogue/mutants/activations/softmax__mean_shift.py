"""Subtracts each column's mean instead of its max: e^z still overflows.

function: softmax
expect: failed
feedback: maximum
blind_spot: yes
"""
import numpy as np


def softmax(Z):
    E = np.exp(Z - np.mean(Z, axis=0, keepdims=True))
    return E / np.sum(E, axis=0, keepdims=True)
