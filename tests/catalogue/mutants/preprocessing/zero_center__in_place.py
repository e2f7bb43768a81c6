"""Subtracts the mean from X itself (X -= mean) and returns it.

function: zero_center
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def zero_center(X):
    mean = np.mean(X, axis=1, keepdims=True)
    X -= mean
    return X, mean
