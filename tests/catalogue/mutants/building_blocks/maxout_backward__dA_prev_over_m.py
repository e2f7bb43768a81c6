"""Divides dA_prev by m too.

function: maxout_backward
expect: failed
feedback: no 1/m
blind_spot: no
"""
import numpy as np


def maxout_backward(dA, cache):
    A_prev, W, b, Z = cache
    m = A_prev.shape[1]
    win = (Z == Z.max(axis=0))
    dZ = win * dA
    dW = dZ @ A_prev.T / m
    db = dZ.sum(axis=2, keepdims=True) / m
    dA_prev = np.einsum("knp,knm->pm", W, dZ) / m
    return dA_prev, dW, db
