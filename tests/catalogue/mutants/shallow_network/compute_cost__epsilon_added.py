"""Adds 1e-8 inside the logs "to avoid log(0)": a shift that shows for A2 near 0 or 1.

function: compute_cost
expect: failed
feedback: np.log(A2 + eps)
blind_spot: yes
"""
import numpy as np


def compute_cost(A2, Y):
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(A2 + 1e-8) + (1 - Y) * np.log(1 - A2 + 1e-8)) / m)
