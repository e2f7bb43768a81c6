"""Frobenius norm squared, float() result, mean cross-entropy.

function: compute_cost_with_regularization
expect: passed
"""
import numpy as np


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = AL.shape[1]
    ce = -np.mean(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    L = len(parameters) // 2
    penalty = 0.0
    for l in range(1, L + 1):
        penalty += np.linalg.norm(parameters["W" + str(l)]) ** 2
    return float(ce + (lambd / (2 * m)) * penalty)
