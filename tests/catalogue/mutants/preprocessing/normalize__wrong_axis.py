"""Normalizes every example (column) instead of every feature (row).

function: normalize
expect: failed
feedback: axis=1
blind_spot: no
"""
import numpy as np


def normalize(X):
    mean = np.mean(X, axis=0, keepdims=True)
    std = np.std(X, axis=0, keepdims=True)
    std[std == 0] = 1
    return (X - mean) / std, mean, std
