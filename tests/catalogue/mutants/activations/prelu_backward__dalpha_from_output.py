"""Uses the forward output prelu(Z) = alpha * z instead of z in dalpha.

function: prelu_backward
expect: failed
feedback: extra factor alpha
blind_spot: no
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    m = Z.shape[1]
    A = np.where(Z > 0, Z, alpha * Z)
    dZ = np.where(Z > 0, dA, alpha * dA)
    dalpha = np.sum(dA * np.minimum(A, 0), axis=1, keepdims=True) / m
    return dZ, dalpha
