"""m = len(AL), the number of rows (1), in the penalty.

function: compute_cost_with_regularization
expect: failed
feedback: divides by 1
blind_spot: no
"""
import numpy as np
from deep_network import compute_cost


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = len(AL)
    L = len(parameters) // 2
    L2 = sum(np.sum(np.square(parameters["W" + str(l)])) for l in range(1, L + 1))
    return compute_cost(AL, Y) + lambd / (2 * m) * L2
