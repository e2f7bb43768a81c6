"""Rounds the cost to 3 decimals for printing, and returns the rounded value.

function: compute_cost
expect: failed
feedback: rounded
blind_spot: no
"""
import numpy as np


def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
    return round(float(-np.sum(logprobs) / m), 3)
