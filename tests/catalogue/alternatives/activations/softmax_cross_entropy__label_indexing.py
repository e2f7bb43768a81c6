"""Indexes the log-probability of each example's class by its label.

function: softmax_cross_entropy
expect: passed
"""
import numpy as np


def _log_probabilities(Z):
    shifted = Z - np.max(Z, axis=0, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=0, keepdims=True))



def softmax_cross_entropy(Z, Y):
    m = Y.shape[1]
    labels = np.argmax(Y, axis=0)
    log_probs = _log_probabilities(Z)
    cost = -np.sum(log_probs[labels, np.arange(m)]) / m
    dZ = np.exp(log_probs)
    dZ[labels, np.arange(m)] -= 1
    return float(cost), dZ
