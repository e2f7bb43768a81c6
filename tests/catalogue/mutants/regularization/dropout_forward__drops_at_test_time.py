"""Ignores the training flag: drops units at test time too.

function: dropout_forward
expect: failed
feedback: training=False
blind_spot: yes
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    mask = (np.random.rand(*A.shape) < keep_prob).astype(float)
    A_out = np.multiply(A, mask)
    A_out /= keep_prob
    return A_out, mask
