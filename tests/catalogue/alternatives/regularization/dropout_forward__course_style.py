"""The notebook's way: D = np.random.rand(n, m), D = (D < keep_prob).astype(int), A = A * D, A = A / keep_prob.

function: dropout_forward
expect: passed
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    if not training:
        return A, np.ones(A.shape)
    D = np.random.rand(A.shape[0], A.shape[1])
    D = (D < keep_prob).astype(int)
    A_out = A * D
    A_out = A_out / keep_prob
    return A_out, D
