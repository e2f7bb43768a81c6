"""einsum for dW, db reshaped from a 1-D sum.

function: linear_backward_with_regularization
expect: passed
"""
import numpy as np


def linear_backward_with_regularization(dZ, cache, lambd):
    A_prev, W, b = cache
    m = dZ.shape[1]
    dW = np.einsum("im,jm->ij", dZ, A_prev) / m + (lambd / m) * W
    db = (np.sum(dZ, axis=1) / m).reshape(-1, 1)
    dA_prev = np.einsum("ji,jm->im", W, dZ)
    return (dA_prev, dW, db)
