"""Clips A2 with eps = 1e-12 and averages with np.mean, returning a NumPy float64.

function: compute_cost
expect: passed
"""
import numpy as np


def compute_cost(A2, Y):
    A2 = np.clip(A2, 1e-12, 1 - 1e-12)
    return np.mean(-(Y * np.log(A2) + (1 - Y) * np.log1p(-A2)))
