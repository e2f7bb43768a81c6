"""Returns Y - softmax(Z) as dZ.

function: softmax_cross_entropy
expect: failed
feedback: sign
blind_spot: no
"""
import numpy as np


def _log_probabilities(Z):
    shifted = Z - np.max(Z, axis=0, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=0, keepdims=True))



def softmax_cross_entropy(Z, Y):
    m = Y.shape[1]
    log_probs = _log_probabilities(Z)
    cost = -np.sum(Y * log_probs) / m
    return cost, Y - np.exp(log_probs)
