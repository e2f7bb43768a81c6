"""Uses the vectorised dot-product form of the cross-entropy and returns np.squeeze of the (1, 1) result, a 0-d array.

function: compute_cost
expect: passed
"""
import numpy as np


def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -(np.dot(Y, np.log(AL).T) + np.dot(1 - Y, np.log(1 - AL).T)) / m
    return np.squeeze(cost)
