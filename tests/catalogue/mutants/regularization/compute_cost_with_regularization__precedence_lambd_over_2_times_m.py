"""lambd / 2 * m: operator precedence multiplies by m instead of dividing.

function: compute_cost_with_regularization
expect: failed
feedback: precedence
blind_spot: no
"""
import numpy as np
from deep_network import compute_cost


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = len(parameters) // 2
    L2 = sum(np.sum(np.square(parameters["W" + str(l)])) for l in range(1, L + 1))
    return compute_cost(AL, Y) + lambd / 2 * m * L2
