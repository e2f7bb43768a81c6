"""Multiplies the kept units by keep_prob instead of dividing.

function: dropout_forward
expect: failed
feedback: do not multiply
blind_spot: no
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if not training:
        return A, np.ones(A.shape)
    mask = np.random.rand(*A.shape) < keep_prob
    return A * mask * keep_prob, mask
