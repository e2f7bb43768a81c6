"""The winner is the argmax over axis 1 (units), not over the pieces.

function: maxout_backward
expect: error
blind_spot: no
"""
import numpy as np


def maxout_backward(dA, cache):
    A_prev, W, b, Z = cache
    k = W.shape[0]
    m = A_prev.shape[1]
    win = np.argmax(Z, axis=1)
    dZ = np.zeros_like(Z)
    for i in range(k):
        dZ[i] = dA * (win == i)[None, :] if win.shape[-1] == dA.shape[1] else 0
    dW = dZ @ A_prev.T / m
    db = dZ.sum(axis=2, keepdims=True) / m
    dA_prev = np.einsum("knp,knm->pm", W, dZ)
    return dA_prev, dW, db
