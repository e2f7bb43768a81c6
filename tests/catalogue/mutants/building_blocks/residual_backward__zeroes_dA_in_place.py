"""dZ = dA, then dZ[Z <= 0] = 0: zeroes the caller's dA.

function: residual_backward
expect: failed
feedback: copy
blind_spot: yes
"""
import numpy as np


def residual_backward(dA, cache):
    A_prev, W, b, Z = cache
    m = A_prev.shape[1]
    dA_skip = dA.copy()
    dZ = dA
    dZ[Z <= 0] = 0
    return W.T @ dZ + dA_skip, dZ @ A_prev.T / m, dZ.sum(axis=1, keepdims=True) / m
