"""np.nansum hides 0 * log(0), but a true class far below the max still gives inf.

function: softmax_cross_entropy
expect: failed
feedback: log-sum-exp
blind_spot: yes
"""
import numpy as np


def softmax_cross_entropy(Z, Y):
    m = Z.shape[1]
    e = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    p = e / np.sum(e, axis=0, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        cost = -np.nansum(Y * np.log(p)) / m
    return cost, p - Y
