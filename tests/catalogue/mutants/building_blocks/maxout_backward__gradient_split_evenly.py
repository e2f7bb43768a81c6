"""Shares dA equally among the k pieces, as if maxout were a mean.

function: maxout_backward
expect: failed
feedback: shared out
blind_spot: no
"""
import numpy as np


def maxout_backward(dA, cache):
    A_prev, W, b, Z = cache
    k = W.shape[0]
    m = A_prev.shape[1]
    dZ = np.repeat(dA[np.newaxis] / k, k, axis=0)
    dW = np.matmul(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=2, keepdims=True) / m
    dA_prev = np.einsum("knp,knm->pm", W, dZ)
    return dA_prev, dW, db
