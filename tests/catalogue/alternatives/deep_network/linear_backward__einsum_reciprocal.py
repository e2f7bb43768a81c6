"""Uses np.einsum and multiplies by 1./m (the course's spelling) instead of dividing.

function: linear_backward
expect: passed
"""
import numpy as np


def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = 1. / m * np.einsum("ij,kj->ik", dZ, A_prev)
    db = 1. / m * dZ.sum(axis=1).reshape(b.shape)
    dA_prev = np.einsum("ji,jk->ik", W, dZ)
    return dA_prev, dW, db
