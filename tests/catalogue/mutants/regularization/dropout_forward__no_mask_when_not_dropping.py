"""Returns (A, None) at test time or with keep_prob = 1 instead of a mask of ones.

function: dropout_forward
expect: failed
feedback: not None
blind_spot: yes
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if not training or keep_prob == 1:
        return A, None
    mask = np.random.rand(*A.shape) < keep_prob
    return A * mask / keep_prob, mask
