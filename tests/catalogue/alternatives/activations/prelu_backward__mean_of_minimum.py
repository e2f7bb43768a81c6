"""dalpha as the mean over the examples of dA * min(Z, 0).

function: prelu_backward
expect: passed
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    dZ = dA * np.where(Z > 0, 1.0, alpha)
    dalpha = np.mean(dA * np.minimum(Z, 0), axis=1, keepdims=True)
    return dZ, dalpha
