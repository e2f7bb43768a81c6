"""Recomputes Z from the cached inputs and takes the slope 1 at Z = 0 (Z >= 0), which is accepted.

function: residual_backward
expect: passed
"""
import numpy as np


def residual_backward(dA, cache):
    A_prev, W, b = cache
    Z = W @ A_prev + b
    m = dA.shape[1]
    dZ = dA * (Z >= 0)
    return W.T @ dZ + dA, dZ @ A_prev.T / m, dZ.sum(axis=1, keepdims=True) / m
