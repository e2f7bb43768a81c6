"""Reads its own namedtuple cache by field name (cache.Z), not by position.

function: maxout_backward
expect: passed
"""
import numpy as np


def maxout_backward(dA, cache):
    m = cache.A_prev.shape[1]
    A = cache.Z.max(axis=0)
    dZ = (cache.Z == A) * dA
    dW = np.einsum("knm,pm->knp", dZ, cache.A_prev) / m
    db = dZ.sum(axis=2, keepdims=True) / m
    dA_prev = np.einsum("knp,knm->pm", cache.W, dZ)
    return dA_prev, dW, db
