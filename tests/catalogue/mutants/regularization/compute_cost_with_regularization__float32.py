"""Returns the cost as np.float32: about seven digits, where the contract's costs are float64.

function: compute_cost_with_regularization
expect: failed
feedback: float32
blind_spot: yes
"""
import numpy as np


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cross_entropy = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
    L = len(parameters) // 2
    l2 = sum(np.sum(np.square(parameters["W" + str(l)])) for l in range(1, L + 1))
    return np.float32(cross_entropy + lambd / (2 * m) * l2)
