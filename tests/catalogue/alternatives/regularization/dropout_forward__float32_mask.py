"""A float32 mask (output stays float64).

function: dropout_forward
expect: passed
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if not training:
        return A.copy(), np.ones(A.shape, dtype=np.float32)
    mask = (np.random.rand(*A.shape) < keep_prob).astype(np.float32)
    return A * mask / keep_prob, mask
