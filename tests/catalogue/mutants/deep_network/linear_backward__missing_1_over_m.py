"""Forgets to divide dW and db by m.

function: linear_backward
expect: failed
feedback: 1/m
blind_spot: no
"""
import numpy as np


def linear_backward(dZ, cache):
    A_prev, W, b = cache
    dW = np.dot(dZ, A_prev.T)
    db = np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
