"""db sums over the units (axis 1) instead of the examples.

function: maxout_backward
expect: failed
blind_spot: no
"""
import numpy as np


def maxout_backward(dA, cache):
    A_prev, W, b, Z = cache
    m = A_prev.shape[1]
    dZ = (Z == Z.max(axis=0)) * dA
    dW = dZ @ A_prev.T / m
    db = dZ.sum(axis=1, keepdims=True) / m
    dA_prev = np.einsum("knp,knm->pm", W, dZ)
    return dA_prev, dW, db.reshape(b.shape) if db.size == b.size else db
