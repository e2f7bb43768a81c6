"""Divides by the variance instead of the standard deviation.

function: normalize
expect: failed
feedback: not by the variance
blind_spot: no
"""
import numpy as np


def normalize(X):
    mean = np.mean(X, axis=1, keepdims=True)
    var = np.var(X, axis=1, keepdims=True)
    var[var == 0] = 1
    X_norm = (X - mean) / var
    return X_norm, mean, np.sqrt(var)
