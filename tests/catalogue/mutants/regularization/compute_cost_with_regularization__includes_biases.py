"""Penalises every parameter, the biases included.

function: compute_cost_with_regularization
expect: failed
feedback: biases
blind_spot: no
"""
import numpy as np

from deep_network import compute_cost


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L2 = sum(np.sum(np.square(value)) for value in parameters.values())
    return compute_cost(AL, Y) + lambd / (2 * m) * L2
