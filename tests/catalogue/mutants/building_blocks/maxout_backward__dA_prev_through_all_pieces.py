"""Masks dW and db by the winner but sends dA_prev back through every piece's weights.

function: maxout_backward
expect: failed
feedback: every piece
blind_spot: no
"""
import numpy as np


def maxout_backward(dA, cache):
    A_prev, W, b, Z = cache
    k = W.shape[0]
    m = A_prev.shape[1]
    mask = (Z == Z.max(axis=0)).astype(float)
    dZ = mask * dA
    dW = np.matmul(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=2, keepdims=True) / m
    dA_prev = sum(np.dot(W[i].T, dA) for i in range(k))
    return dA_prev, dW, db
