"""Row by row with a Python loop, returning a list instead of a tuple.

function: zero_center
expect: passed
"""
import numpy as np


def zero_center(X):
    n, m = X.shape
    mean = np.zeros((n, 1))
    X_centered = np.zeros((n, m))
    for i in range(n):
        mean[i, 0] = sum(X[i]) / m
        X_centered[i] = X[i] - mean[i, 0]
    return [X_centered, mean]
