"""Masks dA per piece and hands each piece to deep_network.linear_backward, summing the dA_prev parts.

function: maxout_backward
expect: passed
"""
import numpy as np

from deep_network import linear_backward


def maxout_backward(dA, cache):
    A_prev, W, b, Z = cache
    winner = np.argmax(Z, axis=0)
    dA_prev = np.zeros(A_prev.shape)
    dW, db = [], []
    for i in range(W.shape[0]):
        dZ_i = np.where(winner == i, dA, 0.0)
        dA_prev_i, dW_i, db_i = linear_backward(dZ_i, (A_prev, W[i], b[i]))
        dA_prev = dA_prev + dA_prev_i
        dW.append(dW_i)
        db.append(db_i)
    return dA_prev, np.array(dW), np.array(db)
