"""Uses PReLU's usual starting slope 0.25 instead of the alpha passed in.

function: prelu_backward
expect: failed
feedback: one slope for every unit
blind_spot: yes
"""
import numpy as np


def prelu_backward(dA, cache, alpha):
    Z = cache
    m = Z.shape[1]
    dZ = np.where(Z > 0, dA, 0.25 * dA)
    dalpha = np.sum(np.where(Z > 0, 0.0, dA * Z), axis=1, keepdims=True) / m
    return dZ, dalpha
