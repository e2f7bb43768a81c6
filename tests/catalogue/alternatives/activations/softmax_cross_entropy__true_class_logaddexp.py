"""Picks each column's true class and subtracts np.logaddexp.reduce; returns np.float64.

function: softmax_cross_entropy
expect: passed
"""
import numpy as np


def softmax_cross_entropy(Z, Y):
    m = Y.shape[1]
    lse = np.logaddexp.reduce(Z, axis=0)
    true_scores = np.sum(Y * Z, axis=0)
    cost = np.mean(lse - true_scores)
    dZ = np.exp(Z - lse) - Y
    return cost, dZ
