"""Scales every feature into [0, 1] (min-max scaling) instead of standardizing it.

function: normalize
expect: failed
feedback: min-max
blind_spot: no
"""
import numpy as np


def normalize(X):
    mean = np.mean(X, axis=1, keepdims=True)
    std = np.std(X, axis=1, keepdims=True)
    low = np.min(X, axis=1, keepdims=True)
    high = np.max(X, axis=1, keepdims=True)
    span = np.where(high > low, high - low, 1.0)
    return (X - low) / span, mean, std
