"""Draws with np.random.uniform(size=A.shape), returns a bool mask, builds A_out with np.multiply then /=.

function: dropout_forward
expect: passed
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if training:
        mask = np.random.uniform(size=A.shape) < keep_prob
    else:
        mask = np.ones(A.shape, dtype=bool)
    A_out = np.multiply(A, mask)
    if training:
        A_out /= keep_prob
    return A_out, mask
