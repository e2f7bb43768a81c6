"""Subtracts the wrong way round: (f(x - h) - f(x + h)) / (2h).

function: numerical_gradient
expect: failed
feedback: sign
blind_spot: no
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        plus, minus = x.copy(), x.copy()
        plus[i] += epsilon
        minus[i] -= epsilon
        grad[i] = (f(minus) - f(plus)) / (2 * epsilon)
    return grad
