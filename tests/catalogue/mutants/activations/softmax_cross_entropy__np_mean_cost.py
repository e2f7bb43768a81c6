"""Averages -Y * log p over all n * m entries with np.mean.

function: softmax_cross_entropy
expect: failed
feedback: np.mean
blind_spot: no
"""
import numpy as np


def _log_probabilities(Z):
    shifted = Z - np.max(Z, axis=0, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=0, keepdims=True))



def softmax_cross_entropy(Z, Y):
    log_probs = _log_probabilities(Z)
    cost = -np.mean(Y * log_probs)
    return cost, np.exp(log_probs) - Y
