"""One-hot of the argmax over the pieces; einsum for dW and dA_prev.

function: maxout_backward
expect: passed
"""
import numpy as np


def maxout_backward(dA, cache):
    A_prev, W, b, Z = cache
    k = W.shape[0]
    m = A_prev.shape[1]
    winner = np.argmax(Z, axis=0)
    onehot = (np.arange(k)[:, None, None] == winner[None]).astype(float)
    dZ = onehot * dA[None]
    dW = np.einsum("knm,pm->knp", dZ, A_prev) / m
    db = dZ.sum(axis=2, keepdims=True) / m
    dA_prev = np.einsum("knp,knm->pm", W, dZ)
    return dA_prev, dW, db
