"""Returns the slopes as a flat vector of x.size entries instead of x's shape.

function: numerical_gradient
expect: failed
feedback: shape
blind_spot: no
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    flat = x.ravel()
    grad = np.zeros(flat.size)
    for i in range(flat.size):
        plus, minus = flat.copy(), flat.copy()
        plus[i] += epsilon
        minus[i] -= epsilon
        grad[i] = (f(plus.reshape(x.shape)) - f(minus.reshape(x.shape))) / (2 * epsilon)
    return grad
