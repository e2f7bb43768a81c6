"""Folds the scale into the mask and returns that: mask = (rand < keep_prob) / keep_prob.

function: dropout_forward
expect: failed
feedback: scaled by 1/keep_prob
blind_spot: no
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if not training:
        return A, np.ones(A.shape)
    mask = (np.random.rand(*A.shape) < keep_prob) / keep_prob
    return A * mask, mask
