"""Centres with the centering matrix H = I - 11ᵀ/m (other rounding than X - mean).

function: zero_center
expect: passed
"""
import numpy as np


def zero_center(X):
    m = X.shape[1]
    H = np.eye(m) - np.ones((m, m)) / m
    mean = X @ np.ones((m, 1)) / m
    return X @ H, mean
