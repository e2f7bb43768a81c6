"""Divides by the standard deviation but forgets to subtract the mean.

function: normalize
expect: failed
feedback: subtract the mean
blind_spot: no
"""
import numpy as np


def normalize(X):
    mean = np.mean(X, axis=1, keepdims=True)
    std = np.std(X, axis=1, keepdims=True)
    return X / np.where(std == 0, 1, std), mean, std
