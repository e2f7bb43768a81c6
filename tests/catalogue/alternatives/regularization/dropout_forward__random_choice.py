"""np.random.choice([0, 1], p=[1-kp, kp]).

function: dropout_forward
expect: passed
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if training:
        D = np.random.choice([0, 1], size=A.shape, p=[1 - keep_prob, keep_prob])
    else:
        D = np.ones_like(A)
    A_out = np.multiply(A, D)
    if training:
        A_out /= keep_prob
    return A_out, D
