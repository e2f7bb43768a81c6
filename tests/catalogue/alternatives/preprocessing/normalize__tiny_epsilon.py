"""Guards the division with std + 1e-8, which leaves constant features at exactly 0.

function: normalize
expect: passed
"""
import numpy as np


def normalize(X):
    mean = X.mean(axis=1, keepdims=True)
    std = X.std(axis=1, keepdims=True)
    return (X - mean) / (std + 1e-8), mean, std
