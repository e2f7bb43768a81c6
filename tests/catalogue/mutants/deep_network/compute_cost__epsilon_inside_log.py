"""Adds 1e-8 inside both logs "to avoid log(0)": a shift that shows when a confident prediction is wrong.

function: compute_cost
expect: failed
feedback: np.log(AL + eps)
blind_spot: yes
"""
import numpy as np


def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -(1 / m) * np.sum(Y * np.log(AL + 1e-8) + (1 - Y) * np.log(1 - AL + 1e-8))
    return np.squeeze(cost)
