"""Draws one number per unit, shape (n, 1), and broadcasts it over the m examples.

function: dropout_forward
expect: failed
feedback: same mask
blind_spot: yes
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if not training:
        return A, np.ones(A.shape)
    D = (np.random.rand(A.shape[0], 1) < keep_prob).astype(float)
    mask = D * np.ones(A.shape)
    return A * mask / keep_prob, mask
