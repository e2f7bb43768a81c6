"""Reshapes the mean to (3, 1), the shape of the notebook's example.

function: zero_center
expect: error
feedback: hard-coded
blind_spot: yes
"""
import numpy as np


def zero_center(X):
    mean = np.mean(X, axis=1).reshape(3, 1)
    return X - mean, mean
