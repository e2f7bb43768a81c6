"""Clips AL to [1e-5, 1 - 1e-5] against log(0), which changes the cost for confident predictions.

function: compute_cost
expect: failed
feedback: clipped too far
blind_spot: yes
"""
import numpy as np


def compute_cost(AL, Y):
    m = Y.shape[1]
    AL = np.clip(AL, 1e-5, 1 - 1e-5)  # avoid log(0)
    cost = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
    return float(cost)
