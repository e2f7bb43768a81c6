"""Takes m from Y.shape[0] (always 1) and computes the cross-entropy itself with that m.

function: compute_cost_with_regularization
expect: failed
feedback: Y.shape[1]
blind_spot: no
"""
import numpy as np


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[0]
    cross_entropy = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
    L2 = 0.0
    for key in parameters:
        if key.startswith("W"):
            L2 += np.sum(np.square(parameters[key]))
    return float(cross_entropy + lambd / (2 * m) * L2)
