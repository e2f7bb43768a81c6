"""Adds a small epsilon to A2 in place "to avoid log(0)", changing the caller's array.

function: compute_cost
expect: failed
feedback: changed its input A2
blind_spot: yes
"""
import numpy as np


def compute_cost(A2, Y):
    m = Y.shape[1]
    A2 += 1e-10
    cost = -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m
    return float(cost)
