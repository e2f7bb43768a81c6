"""Takes the right-hand slope at 0 (np.heaviside(Z, 1)), einsum for dW and a mean for db.

function: residual_backward
expect: passed
"""
import numpy as np


def residual_backward(dA, cache):
    Z, A_prev, W = cache
    dZ = dA * np.heaviside(Z, 1.0)
    dW = np.einsum("im,jm->ij", dZ, A_prev) / A_prev.shape[1]
    db = np.mean(dZ, axis=1, keepdims=True)
    dA_prev = np.einsum("ji,jm->im", W, dZ) + dA
    return dA_prev, dW, db
