"""Casts A_out to float32.

function: dropout_forward
expect: failed
feedback: float32
blind_spot: yes
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if not training:
        return A.copy(), np.ones_like(A)
    mask = np.random.rand(*A.shape) < keep_prob
    return (A * mask / keep_prob).astype(np.float32), mask
