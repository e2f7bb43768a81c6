"""Keeps the dimensions of the sum: the cost comes back as a (1, 1) array.

function: softmax_cross_entropy
expect: failed
feedback: single number
blind_spot: no
"""
import numpy as np


def softmax_cross_entropy(Z, Y):
    m = Z.shape[1]
    Zs = Z - Z.max(axis=0, keepdims=True)
    logp = Zs - np.log(np.exp(Zs).sum(axis=0, keepdims=True))
    cost = -np.sum(Y * logp, axis=(0, 1), keepdims=True) / m
    return cost, np.exp(logp) - Y
