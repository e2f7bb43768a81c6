"""Writes the penalty as lambd / m * sum ||W||^2, dropping the 2 of lambd / (2m).

function: compute_cost_with_regularization
expect: failed
feedback: twice
blind_spot: no
"""
import numpy as np

from deep_network import compute_cost


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = len(parameters) // 2
    L2 = 0
    for l in range(1, L + 1):
        L2 += np.sum(np.square(parameters["W" + str(l)]))
    return compute_cost(AL, Y) + lambd / m * L2
