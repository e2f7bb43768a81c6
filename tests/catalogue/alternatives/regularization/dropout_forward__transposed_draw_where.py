"""Draws the uniform numbers transposed, (m, n), and builds A_out with np.where.

function: dropout_forward
expect: passed
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    n, m = A.shape
    if training:
        mask = (np.random.rand(m, n).T < keep_prob).astype(np.float64)
    else:
        mask = np.ones((n, m))
    A_out = np.where(mask == 1, A / keep_prob, 0.0) if training else A.copy()
    return A_out, mask
