"""Uses np.mean(X) without an axis: one mean for the whole array.

function: zero_center
expect: failed
feedback: without an axis
blind_spot: no
"""
import numpy as np


def zero_center(X):
    mean = np.mean(X)
    return X - mean, mean
