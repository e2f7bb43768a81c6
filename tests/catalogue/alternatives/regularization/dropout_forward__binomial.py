"""Draws the mask with np.random.binomial(1, keep_prob, A.shape) (an int mask); short-circuits keep_prob = 1.

function: dropout_forward
expect: passed
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if not training or keep_prob >= 1:
        return A, np.ones_like(A)
    mask = np.random.binomial(1, keep_prob, size=A.shape)
    return A * mask / keep_prob, mask
