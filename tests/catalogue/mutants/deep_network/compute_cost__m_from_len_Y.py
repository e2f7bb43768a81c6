"""Takes m = len(Y), which is the number of rows (1), not the number of examples.

function: compute_cost
expect: failed
feedback: 1/m
blind_spot: no
"""
import numpy as np


def compute_cost(AL, Y):
    m = len(Y)
    cost = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
    return cost
