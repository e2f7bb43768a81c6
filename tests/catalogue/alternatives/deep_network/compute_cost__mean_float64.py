"""Uses np.mean over the examples and returns the NumPy float64 scalar as it comes.

function: compute_cost
expect: passed
"""
import numpy as np


def compute_cost(AL, Y):
    losses = -(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    return np.mean(losses)
