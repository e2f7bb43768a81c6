"""Clips the probabilities to [1e-12, 1] before the log.

function: softmax_cross_entropy
expect: failed
feedback: clipping
blind_spot: yes
"""
import numpy as np


def _probabilities(Z):
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return E / np.sum(E, axis=0, keepdims=True)



def softmax_cross_entropy(Z, Y):
    m = Y.shape[1]
    A = _probabilities(Z)
    cost = -np.sum(Y * np.log(np.clip(A, 1e-12, 1.0))) / m
    return cost, A - Y
