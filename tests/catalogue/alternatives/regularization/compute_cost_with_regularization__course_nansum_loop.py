"""The course's own cross-entropy (np.nansum) inlined, then the L2 term layer by layer.

function: compute_cost_with_regularization
expect: passed
"""
import numpy as np


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    logprobs = np.multiply(-np.log(AL), Y) + np.multiply(-np.log(1 - AL), 1 - Y)
    cross_entropy_cost = 1. / m * np.nansum(logprobs)
    L = len(parameters) // 2
    L2_regularization_cost = 0
    for l in range(1, L + 1):
        L2_regularization_cost += np.sum(np.square(parameters["W" + str(l)]))
    L2_regularization_cost = L2_regularization_cost * lambd / (2 * m)
    return cross_entropy_cost + L2_regularization_cost
