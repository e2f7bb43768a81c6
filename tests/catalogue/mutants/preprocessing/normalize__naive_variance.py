"""Computes the variance as mean(X**2) - mean(X)**2, which cancels catastrophically far from 0.

function: normalize
expect: failed
feedback: cancellation
blind_spot: yes
"""
import numpy as np


def normalize(X):
    mean = np.mean(X, axis=1, keepdims=True)
    var = np.mean(X ** 2, axis=1, keepdims=True) - mean ** 2
    std = np.sqrt(np.maximum(var, 0))
    safe = np.where(std == 0, 1.0, std)
    return (X - mean) / safe, mean, std
