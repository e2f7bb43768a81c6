"""Sums dZ over every axis (keepdims, no axis), which is only right for a one-unit layer.

function: linear_backward
expect: failed
blind_spot: yes
"""
import numpy as np


def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
