"""Averages with np.mean(axis=1) and forgets np.squeeze, returning an array of shape (1,) instead of a scalar.

function: compute_cost
expect: failed
feedback: scalar
blind_spot: no
"""
import numpy as np


def compute_cost(AL, Y):
    cost = -np.mean(Y * np.log(AL) + (1 - Y) * np.log(1 - AL), axis=1)
    return cost
