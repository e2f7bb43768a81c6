"""Uses np.einsum and then adds the penalty in place to the new dW array (not to W).

function: linear_backward_with_regularization
expect: passed
"""
import numpy as np


def linear_backward_with_regularization(dZ, cache, lambd):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.einsum("ik,jk->ij", dZ, A_prev) / m
    dW += lambd / m * W
    db = dZ.sum(axis=1).reshape(-1, 1) / m
    dA_prev = np.einsum("ji,jk->ik", W, dZ)
    return dA_prev, dW, db
