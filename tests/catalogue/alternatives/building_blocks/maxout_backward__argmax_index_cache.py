"""Scatters dA into the winning pieces with np.put_along_axis; batched matmul with transposed W.

function: maxout_backward
expect: passed
"""
import numpy as np


def maxout_backward(dA, cache):
    A_prev, W, b, idx = cache
    m = A_prev.shape[1]
    dZ = np.zeros((W.shape[0],) + dA.shape)
    np.put_along_axis(dZ, idx[None], dA[None], axis=0)
    dW = dZ @ A_prev.T / m
    db = np.sum(dZ, axis=-1, keepdims=True) / m
    dA_prev = np.sum(np.transpose(W, (0, 2, 1)) @ dZ, axis=0)
    return dA_prev, dW, db
