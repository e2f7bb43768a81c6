"""Borrows batch normalization's sqrt(var + 1e-5), which shrinks every feature and most the small ones.

function: normalize
expect: failed
feedback: epsilon
blind_spot: yes
"""
import numpy as np


def normalize(X):
    mean = np.mean(X, axis=1, keepdims=True)
    std = np.sqrt(np.var(X, axis=1, keepdims=True) + 1e-5)
    return (X - mean) / std, mean, std
