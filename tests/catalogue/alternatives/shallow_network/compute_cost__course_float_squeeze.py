"""The notebook's logprobs with np.multiply, then float(np.squeeze(...)).

function: compute_cost
expect: passed
"""
import numpy as np


def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
    cost = float(np.squeeze(-np.sum(logprobs) / m))
    return cost
