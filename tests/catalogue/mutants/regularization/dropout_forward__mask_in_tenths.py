"""Rolls a ten-sided die for each unit (randint(0, 10) < 10·keep_prob): right for 0.7 or 0.5, but it keeps 0.9 at 0.86.

function: dropout_forward
expect: failed
feedback: about 86% should be kept
blind_spot: yes
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if not training:
        return A, np.ones(A.shape)
    mask = (np.random.randint(0, 10, size=A.shape) < keep_prob * 10).astype(float)
    return A * mask / keep_prob, mask
