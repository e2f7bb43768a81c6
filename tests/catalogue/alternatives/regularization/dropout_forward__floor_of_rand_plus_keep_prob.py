"""mask = np.floor(rand + keep_prob): 1 exactly when rand >= 1 - keep_prob, probability keep_prob.

function: dropout_forward
expect: passed
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if not training:
        return A.copy(), np.ones_like(A)
    mask = np.floor(np.random.rand(*A.shape) + keep_prob)
    return A * mask / keep_prob, mask
