"""Keeps a unit when its random number is above keep_prob, so only 1 - keep_prob of the units survive.

function: dropout_forward
expect: failed
feedback: > keep_prob
blind_spot: no
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if not training:
        return A, np.ones(A.shape)
    mask = (np.random.rand(*A.shape) > keep_prob).astype(float)
    return A * mask / keep_prob, mask
