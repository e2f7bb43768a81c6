"""np.log(p + 1e-8): exact enough for moderate scores, but caps a hopeless example's loss near 18.

function: softmax_cross_entropy
expect: failed
feedback: small ε inside the log
blind_spot: yes
"""
import numpy as np


def softmax_cross_entropy(Z, Y):
    m = Z.shape[1]
    e = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    p = e / np.sum(e, axis=0, keepdims=True)
    cost = -np.sum(Y * np.log(p + 1e-8)) / m
    return cost, p - Y
