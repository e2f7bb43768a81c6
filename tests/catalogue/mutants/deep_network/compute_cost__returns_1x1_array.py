"""Uses np.dot with transposes and forgets np.squeeze, returning a (1, 1) array, not a scalar.

function: compute_cost
expect: failed
blind_spot: no
"""
import numpy as np


def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -(np.dot(Y, np.log(AL).T) + np.dot(1 - Y, np.log(1 - AL).T)) / m
    return cost
