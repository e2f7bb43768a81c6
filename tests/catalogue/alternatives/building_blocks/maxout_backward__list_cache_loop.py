"""Recomputes Z, loops over units and examples, and splits dA evenly among exactly tied pieces (none here).

function: maxout_backward
expect: passed
"""
import numpy as np


def maxout_backward(dA, cache):
    A_prev, W, b = cache
    k, n, n_prev = W.shape
    m = A_prev.shape[1]
    Z = np.array([W[i] @ A_prev + b[i] for i in range(k)])
    dZ = np.zeros((k, n, m))
    for u in range(n):
        for j in range(m):
            best = Z[:, u, j].max()
            winners = [i for i in range(k) if Z[i, u, j] == best]
            for i in winners:
                dZ[i, u, j] = dA[u, j] / len(winners)
    dW = np.zeros((k, n, n_prev))
    db = np.zeros((k, n, 1))
    dA_prev = np.zeros((n_prev, m))
    for i in range(k):
        dW[i] = dZ[i] @ A_prev.T / m
        db[i] = dZ[i].sum(axis=1, keepdims=True) / m
        dA_prev += W[i].T @ dZ[i]
    return dA_prev, dW, db
