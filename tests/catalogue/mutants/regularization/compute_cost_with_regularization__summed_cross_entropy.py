"""Own cross-entropy summed over the examples, without the 1/m.

function: compute_cost_with_regularization
expect: failed
feedback: mean over the m examples
blind_spot: no
"""
import numpy as np


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    ce = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    L = len(parameters) // 2
    L2 = sum(np.sum(np.square(parameters["W" + str(l)])) for l in range(1, L + 1))
    return ce + lambd / (2 * m) * L2
