"""Builds the gradient in a float32 array.

function: numerical_gradient
expect: failed
feedback: float32
blind_spot: yes
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    grad = np.zeros(x.shape, dtype=np.float32)
    for i in np.ndindex(x.shape):
        xp = x.copy(); xp[i] += epsilon
        xm = x.copy(); xm[i] -= epsilon
        grad[i] = (f(xp) - f(xm)) / (2 * epsilon)
    return grad
