"""Own cross-entropy with np.dot, never squeezed: the cost is a (1, 1) array.

function: compute_cost_with_regularization
expect: failed
feedback: single number
blind_spot: no
"""
import numpy as np


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    ce = -1 / m * (np.dot(Y, np.log(AL).T) + np.dot(1 - Y, np.log(1 - AL).T))
    L = len(parameters) // 2
    L2 = sum(np.sum(np.square(parameters["W" + str(l)])) for l in range(1, L + 1))
    return ce + lambd / (2 * m) * L2
