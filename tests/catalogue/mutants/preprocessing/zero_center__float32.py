"""Converts X to float32 first "to save memory".

function: zero_center
expect: failed
feedback: float32
blind_spot: yes
"""
import numpy as np


def zero_center(X):
    X = X.astype(np.float32)
    mean = np.mean(X, axis=1, keepdims=True)
    return X - mean, mean
