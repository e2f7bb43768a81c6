"""Forgets the 1/m in dW and db.

function: maxout_backward
expect: failed
feedback: 1/m
blind_spot: no
"""
import numpy as np


def maxout_backward(dA, cache):
    A_prev, W, b, Z = cache
    k = W.shape[0]
    m = A_prev.shape[1]
    winner = np.argmax(Z, axis=0)
    dZ = (np.arange(k)[:, None, None] == winner) * dA
    dW = np.matmul(dZ, A_prev.T)
    db = np.sum(dZ, axis=2, keepdims=True)
    dA_prev = np.einsum("knp,knm->pm", W, dZ)
    return dA_prev, dW, db
