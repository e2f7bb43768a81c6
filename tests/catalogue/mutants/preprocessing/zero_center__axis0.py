"""Averages over axis=0, the features of each example, instead of over the examples.

function: zero_center
expect: failed
feedback: axis=1
blind_spot: no
"""
import numpy as np


def zero_center(X):
    mean = np.mean(X, axis=0, keepdims=True)
    return X - mean, mean
