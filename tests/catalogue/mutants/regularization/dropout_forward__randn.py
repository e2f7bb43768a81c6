"""Draws the mask with np.random.randn instead of np.random.rand, so it keeps Phi(keep_prob) of the units.

function: dropout_forward
expect: failed
feedback: randn
blind_spot: yes
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if not training:
        return A, np.ones(A.shape)
    D = np.random.randn(A.shape[0], A.shape[1])
    D = (D < keep_prob).astype(int)
    A_out = A * D
    A_out = A_out / keep_prob
    return A_out, D
