"""Sums the weights themselves instead of their squares.

function: compute_cost_with_regularization
expect: failed
feedback: squares of the weights
blind_spot: no
"""
import numpy as np

from deep_network import compute_cost


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = len(parameters) // 2
    L2 = 0.0
    for l in range(1, L + 1):
        L2 += np.sum(parameters["W" + str(l)])
    return compute_cost(AL, Y) + lambd / (2 * m) * L2
