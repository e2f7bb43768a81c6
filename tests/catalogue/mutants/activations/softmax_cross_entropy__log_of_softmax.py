"""Takes np.log of a (max-shifted) softmax: log(0) = -inf for a far-off class.

function: softmax_cross_entropy
expect: failed
feedback: log-sum-exp
blind_spot: yes
"""
import numpy as np


def _probabilities(Z):
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return E / np.sum(E, axis=0, keepdims=True)



def softmax_cross_entropy(Z, Y):
    m = Y.shape[1]
    A = _probabilities(Z)
    cost = -np.sum(Y * np.log(A)) / m
    return cost, A - Y
