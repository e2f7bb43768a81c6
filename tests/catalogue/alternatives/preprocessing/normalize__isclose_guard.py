"""Finds constant features with np.isclose(std, 0) and returns the std it divided by (1 there).

function: normalize
expect: passed
"""
import numpy as np


def normalize(X):
    mean = np.mean(X, axis=1, keepdims=True)
    std = np.std(X, axis=1, keepdims=True)
    std = np.where(np.isclose(std, 0), 1.0, std)
    return (X - mean) / std, mean, std
