"""Drops units but never divides the kept ones by keep_prob (plain, not inverted, dropout).

function: dropout_forward
expect: failed
feedback: divided by keep_prob
blind_spot: no
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if not training:
        return A, np.ones(A.shape)
    mask = (np.random.rand(*A.shape) < keep_prob).astype(float)
    return A * mask, mask
