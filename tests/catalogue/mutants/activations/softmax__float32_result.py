"""Computes in float32 to save memory: the probabilities lose precision.

function: softmax
expect: failed
feedback: float32
blind_spot: yes
"""
import numpy as np


def softmax(Z):
    Z32 = Z.astype(np.float32)
    e = np.exp(Z32 - Z32.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)
