"""Computes the cross-entropy itself with np.dot and squeezes it, and sums np.linalg.norm(W) ** 2 over l = 1..L.

function: compute_cost_with_regularization
expect: passed
"""
import numpy as np


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    logprobs = np.dot(Y, np.log(AL).T) + np.dot(1 - Y, np.log(1 - AL).T)
    cross_entropy_cost = np.squeeze(-logprobs / m)
    L = len(parameters) // 2
    L2 = 0.0
    for l in range(1, L + 1):
        L2 += np.linalg.norm(parameters["W" + str(l)]) ** 2
    return cross_entropy_cost + lambd / (2 * m) * L2
