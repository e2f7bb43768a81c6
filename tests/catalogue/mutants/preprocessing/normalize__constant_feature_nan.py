"""Divides by std without caring for constant features, so they become 0 / 0 = nan.

function: normalize
expect: failed
feedback: 0 / 0
blind_spot: yes
"""
import numpy as np


def normalize(X):
    mean = np.mean(X, axis=1, keepdims=True)
    std = np.std(X, axis=1, keepdims=True)
    return (X - mean) / std, mean, std
