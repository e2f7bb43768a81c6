"""Flat mean reshaped into a column with reshape(-1, 1).

function: zero_center
expect: passed
"""
import numpy as np


def zero_center(X):
    mean = X.mean(axis=1).reshape(-1, 1)
    return X - mean, mean
