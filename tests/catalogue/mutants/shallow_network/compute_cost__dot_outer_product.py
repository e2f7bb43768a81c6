"""Uses np.dot(Y.T, np.log(A2)), an (m, m) outer product, instead of an element-wise product.

function: compute_cost
expect: failed
feedback: outer product
blind_spot: no
"""
import numpy as np


def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = np.dot(Y.T, np.log(A2)) + np.dot((1 - Y).T, np.log(1 - A2))
    cost = -np.sum(logprobs) / m
    return float(cost)
