"""Written for two pieces: compares Z[0] with Z[1] only and returns gradients for two pieces.

function: maxout_backward
expect: error
feedback: two pieces
blind_spot: yes
"""
import numpy as np


def maxout_backward(dA, cache):
    A_prev, W, b, Z = cache
    m = A_prev.shape[1]
    first = Z[0] >= Z[1]
    dZ0 = dA * first
    dZ1 = dA * ~first
    dW = np.array([np.dot(dZ0, A_prev.T), np.dot(dZ1, A_prev.T)]) / m
    db = np.array([dZ0.sum(axis=1, keepdims=True), dZ1.sum(axis=1, keepdims=True)]) / m
    dA_prev = np.dot(W[0].T, dZ0) + np.dot(W[1].T, dZ1)
    return dA_prev, dW, db
