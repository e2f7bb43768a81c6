"""Per-example loss as logsumexp(z) - z_true, then the mean; float() cost.

function: softmax_cross_entropy
expect: passed
"""
import numpy as np


def softmax_cross_entropy(Z, Y):
    M = np.max(Z, axis=0)
    lse = M + np.log(np.sum(np.exp(Z - M), axis=0))
    true_score = np.sum(Y * Z, axis=0)
    cost = float(np.mean(lse - true_score))
    dZ = np.exp(Z - lse) - Y
    return cost, dZ
