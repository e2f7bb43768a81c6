"""Squares each W in place (W **= 2), so the caller's weights are replaced by their squares.

function: compute_cost_with_regularization
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np

from deep_network import compute_cost


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = len(parameters) // 2
    L2 = 0.0
    for l in range(1, L + 1):
        W = parameters["W" + str(l)]
        W **= 2
        L2 += np.sum(W)
    return compute_cost(AL, Y) + lambd / (2 * m) * L2
