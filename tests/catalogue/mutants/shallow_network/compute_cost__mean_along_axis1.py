"""Averages along axis 1, which leaves a (1,) array instead of one number.

function: compute_cost
expect: failed
feedback: np.squeeze
blind_spot: no
"""
import numpy as np


def compute_cost(A2, Y):
    return -np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2), axis=1)
