"""Normalizes the softmax over the rows (axis=1).

function: softmax_cross_entropy
expect: failed
feedback: normalizes the rows
blind_spot: no
"""
import numpy as np


def softmax_cross_entropy(Z, Y):
    m = Y.shape[1]
    shifted = Z - np.max(Z, axis=1, keepdims=True)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    cost = -np.sum(Y * log_probs) / m
    return cost, np.exp(log_probs) - Y
