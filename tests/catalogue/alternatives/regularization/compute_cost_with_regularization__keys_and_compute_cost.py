"""Calls compute_cost and sums W * W over the keys that start with W, returning a NumPy float64.

function: compute_cost_with_regularization
expect: passed
"""
import numpy as np

from deep_network import compute_cost


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = AL.shape[1]
    weights = [value for key, value in parameters.items() if key[0] == "W"]
    penalty = np.float64(lambd) * sum(np.sum(W * W) for W in weights) / (2 * m)
    return np.float64(compute_cost(AL, Y)) + penalty
