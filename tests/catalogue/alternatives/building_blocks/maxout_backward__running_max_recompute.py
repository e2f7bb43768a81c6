"""Recomputes the pieces from the cached inputs and compares each with the maximum exactly (Z[i] == A), piece by piece.

function: maxout_backward
expect: passed
"""
import numpy as np


def maxout_backward(dA, cache):
    A_prev, W, b = cache
    Z = np.matmul(W, A_prev) + b
    A = Z.max(axis=0)
    k = W.shape[0]
    m = A_prev.shape[1]
    dW = np.zeros_like(W)
    db = np.zeros_like(b)
    dA_prev = np.zeros_like(A_prev)
    for i in range(k):
        dZi = dA * (Z[i] == A)
        dW[i] = dZi @ A_prev.T / m
        db[i] = np.sum(dZi, axis=1, keepdims=True) / m
        dA_prev += W[i].T @ dZi
    return dA_prev, dW, db
