"""Reads m from Y.shape[0], the number of classes.

function: softmax_cross_entropy
expect: failed
feedback: not over the classes
blind_spot: no
"""
import numpy as np


def _log_probabilities(Z):
    shifted = Z - np.max(Z, axis=0, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=0, keepdims=True))



def softmax_cross_entropy(Z, Y):
    m = Y.shape[0]
    log_probs = _log_probabilities(Z)
    cost = -np.sum(Y * log_probs) / m
    return cost, np.exp(log_probs) - Y
