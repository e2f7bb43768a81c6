"""Sums the losses without dividing by m.

function: compute_cost
expect: failed
feedback: mean over the m examples
blind_spot: no
"""
import numpy as np


def compute_cost(A2, Y):
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
    cost = -np.sum(logprobs)
    return float(cost)
