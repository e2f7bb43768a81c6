"""Course form with np.dot(Y, log(AL).T): a (1, 1) array squeezed to a 0-d array.

function: compute_cost
expect: passed
"""
import numpy as np


def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = (-1.0 / m) * (np.dot(Y, np.log(AL).T) + np.dot(1 - Y, np.log(1 - AL).T))
    cost = np.squeeze(cost)
    return cost
