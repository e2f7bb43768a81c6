"""Takes np.mean(X) and np.std(X) without an axis: one mean and one std for the whole array.

function: normalize
expect: failed
feedback: without an axis
blind_spot: no
"""
import numpy as np


def normalize(X):
    mean = np.mean(X)
    std = np.std(X)
    return (X - mean) / std, mean, std
