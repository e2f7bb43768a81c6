"""The course's np.dot form, squeezed to a 0-d array.

function: compute_cost
expect: passed
"""
import numpy as np


def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = np.dot(Y, np.log(A2).T) + np.dot(1 - Y, np.log(1 - A2).T)
    return np.squeeze(-logprobs / m)
