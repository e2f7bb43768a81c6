"""Declares training=False as the default, so a call without it drops nothing.

function: dropout_forward
expect: failed
feedback: default is training=True
blind_spot: no
"""
import numpy as np


def dropout_forward(A, keep_prob, training=False):
    if not training:
        return A, np.ones(A.shape)
    mask = (np.random.rand(*A.shape) < keep_prob).astype(float)
    return A * mask / keep_prob, mask
