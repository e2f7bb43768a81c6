"""Adds the branch's gradient into dA itself (dA += Wᵀ·dZ) and returns it: right values, the caller's dA is changed.

function: residual_backward
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def residual_backward(dA, cache):
    A_prev, W, b, Z = cache
    m = A_prev.shape[1]
    dZ = dA * (Z > 0)
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA += np.dot(W.T, dZ)
    return dA, dW, db
