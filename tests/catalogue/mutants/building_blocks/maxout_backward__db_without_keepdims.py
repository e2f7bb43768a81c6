"""Sums db over the examples without keepdims: (k, n) instead of (k, n, 1).

function: maxout_backward
expect: failed
feedback: keepdims
blind_spot: no
"""
import numpy as np


def maxout_backward(dA, cache):
    A_prev, W, b, Z = cache
    k = W.shape[0]
    m = A_prev.shape[1]
    winner = np.argmax(Z, axis=0)
    dZ = np.stack([(winner == i) * dA for i in range(k)])
    dW = np.matmul(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=2) / m
    dA_prev = np.einsum("knp,knm->pm", W, dZ)
    return dA_prev, dW, db
