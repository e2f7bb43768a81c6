"""Finds the winners with np.isclose(Z, A): pieces within 1e-5·|z| of the max all count as winners.

function: maxout_backward
expect: failed
feedback: isclose
blind_spot: yes
"""
import numpy as np


def maxout_backward(dA, cache):
    A_prev, W, b, Z = cache
    k = W.shape[0]
    m = A_prev.shape[1]
    A = Z.max(axis=0)
    dZ = np.isclose(Z, A) * dA
    dW = np.matmul(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=2, keepdims=True) / m
    dA_prev = np.einsum("knp,knm->pm", W, dZ)
    return dA_prev, dW, db
