"""random_sample <= kp; np.where for the output.

function: dropout_forward
expect: passed
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    mask = np.ones_like(A)
    if training:
        mask = (np.random.random_sample(A.shape) <= keep_prob).astype(np.float64)
    A_out = np.where(mask == 1, A / keep_prob if training else A, 0.0)
    return A_out, mask
