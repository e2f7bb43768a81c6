"""Uses the binary formula Y log p + (1 - Y) log(1 - p) on every class.

function: softmax_cross_entropy
expect: failed
feedback: binary cross-entropy
blind_spot: no
"""
import numpy as np


def softmax_cross_entropy(Z, Y):
    m = Z.shape[1]
    e = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    p = e / np.sum(e, axis=0, keepdims=True)
    cost = -np.sum(Y * np.log(p) + (1 - Y) * np.log(1 - p)) / m
    return cost, p - Y
