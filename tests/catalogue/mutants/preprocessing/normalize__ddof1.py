"""Uses the sample standard deviation (ddof=1) instead of np.std's default.

function: normalize
expect: failed
feedback: ddof
blind_spot: no
"""
import numpy as np


def normalize(X):
    mean = np.mean(X, axis=1, keepdims=True)
    std = np.std(X, axis=1, ddof=1, keepdims=True)
    std_safe = np.where(std == 0, 1, std)
    return (X - mean) / std_safe, mean, std
