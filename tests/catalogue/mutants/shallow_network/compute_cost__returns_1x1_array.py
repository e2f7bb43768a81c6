"""Uses the np.dot form but returns the (1, 1) array it makes instead of a number.

function: compute_cost
expect: failed
feedback: single number
blind_spot: no
"""
import numpy as np


def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = np.dot(Y, np.log(A2).T) + np.dot(1 - Y, np.log(1 - A2).T)
    cost = -logprobs / m
    return cost
