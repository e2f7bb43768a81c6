"""Divides everything, then replaces the nan of constant features by 0.

function: normalize
expect: passed
"""
import numpy as np


def normalize(X):
    mean = np.mean(X, axis=1, keepdims=True)
    std = np.std(X, axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        X_norm = (X - mean) / std
    X_norm[np.isnan(X_norm)] = 0.0
    return X_norm, mean, std
