"""Writes 1 - log(A2) where log(1 - A2) belongs.

function: compute_cost
expect: failed
feedback: not 1 − log(a2)
blind_spot: no
"""
import numpy as np


def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(1 - np.log(A2), 1 - Y)
    return float(np.squeeze(-np.sum(logprobs) / m))
