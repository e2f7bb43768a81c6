"""At test time (training=False) still divides A by keep_prob.

function: dropout_forward
expect: failed
feedback: neither multiplied nor divided
blind_spot: yes
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if training:
        mask = np.random.rand(*A.shape) < keep_prob
    else:
        mask = np.ones(A.shape, dtype=bool)
    return A * mask / keep_prob, mask
