"""Sums the losses without dividing by m.

function: compute_cost
expect: failed
feedback: 1/m
blind_spot: no
"""
import numpy as np


def compute_cost(AL, Y):
    cost = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    return cost
