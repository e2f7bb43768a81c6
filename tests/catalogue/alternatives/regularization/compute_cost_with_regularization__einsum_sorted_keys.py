"""Calls compute_cost; einsum for the squares; keys sorted.

function: compute_cost_with_regularization
expect: passed
"""
import numpy as np
from deep_network import compute_cost


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    squares = [np.einsum("ij,ij->", parameters[k], parameters[k]) for k in sorted(parameters) if k[0] == "W"]
    return compute_cost(AL, Y) + lambd / m / 2 * np.sum(squares)
