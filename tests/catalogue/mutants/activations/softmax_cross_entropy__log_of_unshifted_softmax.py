"""np.log of a softmax without the max subtraction.

function: softmax_cross_entropy
expect: failed
feedback: max
blind_spot: yes
"""
import numpy as np


def softmax_cross_entropy(Z, Y):
    m = Y.shape[1]
    E = np.exp(Z)
    A = E / np.sum(E, axis=0, keepdims=True)
    cost = -np.sum(Y * np.log(A)) / m
    return cost, A - Y
