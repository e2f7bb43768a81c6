"""Guards constant features with a threshold, std < 1e-4, that also catches real features of small spread.

function: normalize
expect: failed
feedback: small spread
blind_spot: yes
"""
import numpy as np


def normalize(X):
    mean = np.mean(X, axis=1, keepdims=True)
    std = np.std(X, axis=1, keepdims=True)
    std[std < 1e-4] = 1
    return (X - mean) / std, mean, std
