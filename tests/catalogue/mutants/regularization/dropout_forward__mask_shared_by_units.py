"""Draws one number per example, shape (1, m), so all units of an example are kept or dropped together.

function: dropout_forward
expect: failed
feedback: share one draw
blind_spot: yes
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if not training:
        return A, np.ones(A.shape)
    keep = np.random.rand(1, A.shape[1]) < keep_prob
    mask = np.repeat(keep, A.shape[0], axis=0).astype(float)
    return A * mask / keep_prob, mask
