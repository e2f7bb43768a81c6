"""Reseeds NumPy with np.random.seed(1) inside, as some course templates do (a note, not a failure).

function: dropout_forward
expect: passed
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    np.random.seed(1)
    if not training:
        return A, np.ones(A.shape)
    mask = (np.random.rand(*A.shape) < keep_prob).astype(float)
    return A * mask / keep_prob, mask
