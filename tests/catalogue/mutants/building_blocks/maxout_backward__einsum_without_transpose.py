"""dA_prev by an einsum that multiplies by W[i] instead of W[i]ᵀ.

function: maxout_backward
expect: error
blind_spot: no
"""
import numpy as np


def maxout_backward(dA, cache):
    A_prev, W, b, Z = cache
    m = A_prev.shape[1]
    dZ = (Z == Z.max(axis=0)) * dA
    dW = dZ @ A_prev.T / m
    db = dZ.sum(axis=2, keepdims=True) / m
    dA_prev = np.einsum("kpn,knm->pm", W, dZ)
    return dA_prev, dW, db
