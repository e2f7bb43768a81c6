"""Clips A2 to [0.001, 0.999] against log(0), which changes the cost of confident predictions.

function: compute_cost
expect: failed
feedback: clipped too far
blind_spot: yes
"""
import numpy as np


def compute_cost(A2, Y):
    m = Y.shape[1]
    A2 = np.clip(A2, 1e-3, 1 - 1e-3)
    cost = -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m
    return float(cost)
