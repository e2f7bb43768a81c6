"""Forgets the minus sign, so the cost is negative.

function: compute_cost
expect: failed
feedback: sign
blind_spot: no
"""
import numpy as np


def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
    return cost
