"""Types np.log(1 - Y) for np.log(1 - AL) in the second term: 0 * log(0) makes the cost nan.

function: compute_cost
expect: failed
blind_spot: no
"""
import numpy as np


def compute_cost(AL, Y):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(AL), Y) + np.multiply(1 - Y, np.log(1 - Y))
    cost = -np.sum(logprobs) / m
    return float(cost)
