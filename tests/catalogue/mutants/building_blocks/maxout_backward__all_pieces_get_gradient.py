"""Sends dA to every piece, not only to the winning one.

function: maxout_backward
expect: failed
feedback: whole gradient
blind_spot: no
"""
import numpy as np


def maxout_backward(dA, cache):
    A_prev, W, b, Z = cache
    k = W.shape[0]
    m = A_prev.shape[1]
    dZ = np.broadcast_to(dA, Z.shape)
    dW = np.matmul(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=2, keepdims=True) / m
    dA_prev = np.sum(np.matmul(W.transpose(0, 2, 1), dZ), axis=0)
    return dA_prev, dW, db
