"""np.divide with where=, leaving 0 wherever the standard deviation is 0.

function: normalize
expect: passed
"""
import numpy as np


def normalize(X):
    mean = np.mean(X, axis=1, keepdims=True)
    centred = X - mean
    std = np.std(centred, axis=1, keepdims=True)
    X_norm = np.divide(centred, std, out=np.zeros_like(centred), where=std != 0)
    return X_norm, mean, std
