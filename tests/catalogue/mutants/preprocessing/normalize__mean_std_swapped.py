"""Right numbers, but returns (X_norm, std, mean).

function: normalize
expect: failed
feedback: in this order
blind_spot: no
"""
import numpy as np


def normalize(X):
    mean = np.mean(X, axis=1, keepdims=True)
    std = np.std(X, axis=1, keepdims=True)
    X_norm = (X - mean) / np.where(std == 0, 1, std)
    return X_norm, std, mean
