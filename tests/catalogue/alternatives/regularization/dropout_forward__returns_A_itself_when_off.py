"""Early return of A itself (same object) and a bool mask.

function: dropout_forward
expect: passed
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if not training or keep_prob == 1:
        return A, np.ones(A.shape, dtype=bool)
    mask = np.random.rand(*A.shape) < keep_prob
    return A * mask / keep_prob, mask
