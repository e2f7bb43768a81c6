"""Uses np.log1p(-A2) for log(1 - A2) and returns a Python float via .item().

function: compute_cost
expect: passed
"""
import numpy as np


def compute_cost(A2, Y):
    cost = -np.mean(Y * np.log(A2) + (1.0 - Y) * np.log1p(-A2))
    return cost.item()
