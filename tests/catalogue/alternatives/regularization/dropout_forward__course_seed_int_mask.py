"""Course habit: np.random.seed(1) inside; float mask via astype(int).

function: dropout_forward
expect: passed
"""
import numpy as np


def dropout_forward(A, keep_prob, training=True):
    np.random.seed(1)
    D = np.random.rand(A.shape[0], A.shape[1])
    D = (D < keep_prob).astype(int)
    if not training:
        D = np.ones(A.shape, dtype=int)
        return A.copy(), D
    A = A * D
    A = A / keep_prob
    return A, D
