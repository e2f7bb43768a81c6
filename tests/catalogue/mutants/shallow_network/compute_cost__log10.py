"""Uses np.log10 instead of the natural logarithm.

function: compute_cost
expect: failed
feedback: np.log10
blind_spot: no
"""
import numpy as np


def compute_cost(A2, Y):
    m = Y.shape[1]
    cost = -np.sum(Y * np.log10(A2) + (1 - Y) * np.log10(1 - A2)) / m
    return float(cost)
