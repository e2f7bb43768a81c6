"""Adds 1e-8 inside both logs of its own cross-entropy: a shift that shows when a confident prediction is wrong.

function: compute_cost_with_regularization
expect: failed
feedback: np.log(AL + eps)
blind_spot: yes
"""
import numpy as np


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    eps = 1e-8
    cross_entropy = -np.sum(Y * np.log(AL + eps) + (1 - Y) * np.log(1 - AL + eps)) / m
    L = len(parameters) // 2
    l2 = sum(np.sum(np.square(parameters["W" + str(l)])) for l in range(1, L + 1))
    return float(cross_entropy + lambd / (2 * m) * l2)
