"""np.mean instead of np.sum of the squared weights.

function: compute_cost_with_regularization
expect: failed
feedback: np.mean
blind_spot: no
"""
import numpy as np
from deep_network import compute_cost


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = len(parameters) // 2
    L2 = sum(np.mean(np.square(parameters["W" + str(l)])) for l in range(1, L + 1))
    return compute_cost(AL, Y) + lambd / (2 * m) * L2
