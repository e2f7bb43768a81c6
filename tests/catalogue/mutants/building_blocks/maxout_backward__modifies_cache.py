"""Subtracts the max from the cached Z in place to find the winners (Z == 0): right values, broken cache.

function: maxout_backward
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def maxout_backward(dA, cache):
    A_prev, W, b, Z = cache
    k = W.shape[0]
    m = A_prev.shape[1]
    Z -= Z.max(axis=0)
    dZ = (Z == 0) * dA
    dW = np.matmul(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=2, keepdims=True) / m
    dA_prev = np.einsum("knp,knm->pm", W, dZ)
    return dA_prev, dW, db
