"""Returns the cost as a (1,) array, the mean of a keepdims sum.

function: softmax_cross_entropy
expect: failed
feedback: single number
blind_spot: no
"""
import numpy as np


def _log_probabilities(Z):
    shifted = Z - np.max(Z, axis=0, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=0, keepdims=True))



def softmax_cross_entropy(Z, Y):
    log_probs = _log_probabilities(Z)
    per_example = -np.sum(Y * log_probs, axis=0, keepdims=True)
    cost = np.mean(per_example, axis=1)
    return cost, np.exp(log_probs) - Y
