"""Returns the summed cost, without dividing by m.

function: softmax_cross_entropy
expect: failed
feedback: mean over the m examples
blind_spot: no
"""
import numpy as np


def _log_probabilities(Z):
    shifted = Z - np.max(Z, axis=0, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=0, keepdims=True))



def softmax_cross_entropy(Z, Y):
    log_probs = _log_probabilities(Z)
    cost = -np.sum(Y * log_probs)
    dZ = np.exp(log_probs) - Y
    return cost, dZ
