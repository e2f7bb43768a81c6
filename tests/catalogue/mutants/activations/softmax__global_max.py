"""Subtracts the max of the whole array, not each column's own.

function: softmax
expect: failed
feedback: own maximum
blind_spot: yes
"""
import numpy as np


def softmax(Z):
    E = np.exp(Z - np.max(Z))
    return E / np.sum(E, axis=0, keepdims=True)
