"""Sets std to 1 for constant features and returns that std; calls zero_center.

function: normalize
expect: passed
"""
import numpy as np


def normalize(X):
    X_centered, mean = zero_center(X)
    std = np.sqrt(np.mean(X_centered ** 2, axis=1, keepdims=True))
    std[std == 0] = 1.0
    return X_centered / std, mean, std
