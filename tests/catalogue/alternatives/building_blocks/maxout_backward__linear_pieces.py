"""Each piece's gradient through deep_network.linear_backward, dA_prev summed over the pieces.

function: maxout_backward
expect: passed
"""
import numpy as np
from deep_network import linear_backward


def maxout_backward(dA, cache):
    A_prev, W, b, Z = cache
    win = Z.argmax(axis=0)
    dA_prev = np.zeros_like(A_prev)
    dW = np.zeros_like(W)
    db = np.zeros_like(b)
    for i in range(W.shape[0]):
        dZ = np.where(win == i, dA, 0.0)
        d_prev, dW[i], db[i] = linear_backward(dZ, (A_prev, W[i], b[i]))
        dA_prev += d_prev
    return dA_prev, dW, db
