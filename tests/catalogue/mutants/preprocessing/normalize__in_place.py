"""Centres and scales X itself with -= and /=.

function: normalize
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def normalize(X):
    mean = np.mean(X, axis=1, keepdims=True)
    std = np.std(X, axis=1, keepdims=True)
    X -= mean
    X /= np.where(std == 0, 1.0, std)
    return X, mean, std
