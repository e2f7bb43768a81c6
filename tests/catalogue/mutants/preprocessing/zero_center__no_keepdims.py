"""Reshapes the mean to subtract it, but returns the flat (n,) mean.

function: zero_center
expect: failed
feedback: keepdims
blind_spot: no
"""
import numpy as np


def zero_center(X):
    mean = np.mean(X, axis=1)
    X_centered = X - mean.reshape(-1, 1)
    return X_centered, mean
