"""Takes m from Y.shape[0], which is 1, so the sum is never averaged.

function: compute_cost
expect: failed
feedback: Y.shape[1]
blind_spot: no
"""
import numpy as np


def compute_cost(A2, Y):
    m = Y.shape[0]
    cost = -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m
    return float(cost)
