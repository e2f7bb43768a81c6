"""Clips AL to [1e-12, 1 - 1e-12] and returns a 0-d array built with np.mean and np.einsum.

function: compute_cost_with_regularization
expect: passed
"""
import numpy as np


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    P = np.clip(AL, 1e-12, 1 - 1e-12)
    cross_entropy = -np.mean(Y * np.log(P) + (1 - Y) * np.log(1 - P))
    squares = 0.0
    for l in range(1, len(parameters) // 2 + 1):
        W = parameters[f"W{l}"]
        squares = squares + np.einsum("ij,ij->", W, W)
    return np.array(cross_entropy + lambd * squares / (2 * m))
