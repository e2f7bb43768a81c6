"""Divides once: dW = (dZ A_prev^T + lambd W) / m, with the @ operator and np.mean for db.

function: linear_backward_with_regularization
expect: passed
"""
import numpy as np


def linear_backward_with_regularization(dZ, cache, lambd):
    A_prev, W, b = cache
    m = dZ.shape[1]
    dW = (dZ @ A_prev.T + lambd * W) / m
    db = np.mean(dZ, axis=1, keepdims=True)
    dA_prev = W.T @ dZ
    return dA_prev, dW, db
