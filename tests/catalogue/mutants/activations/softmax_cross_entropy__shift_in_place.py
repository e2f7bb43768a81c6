"""Shifts Z in place (Z -= max), changing the caller's Z.

function: softmax_cross_entropy
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def softmax_cross_entropy(Z, Y):
    m = Y.shape[1]
    Z -= np.max(Z, axis=0, keepdims=True)
    log_probs = Z - np.log(np.sum(np.exp(Z), axis=0, keepdims=True))
    cost = -np.sum(Y * log_probs) / m
    return cost, np.exp(log_probs) - Y
