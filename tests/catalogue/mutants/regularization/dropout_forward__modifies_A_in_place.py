"""Applies the mask with A *= mask and A /= keep_prob, changing the caller's activations.

function: dropout_forward
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if not training:
        return A, np.ones(A.shape)
    mask = (np.random.rand(*A.shape) < keep_prob).astype(float)
    A *= mask
    A /= keep_prob
    return A, mask
