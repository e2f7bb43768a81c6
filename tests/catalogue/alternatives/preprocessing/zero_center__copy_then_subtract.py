"""Copies X, then subtracts the mean in place on the copy (sum / m for the mean).

function: zero_center
expect: passed
"""
import numpy as np


def zero_center(X):
    mean = np.sum(X, axis=1, keepdims=True) / X.shape[1]
    X_centered = X.copy()
    X_centered -= mean
    return X_centered, mean
