"""A forward difference (f(x + h) - f(x)) / h: right for linear f, off by O(h) elsewhere.

function: numerical_gradient
expect: failed
feedback: one-sided
blind_spot: yes
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    grad = np.zeros(x.shape)
    base = f(x)
    for i in np.ndindex(x.shape):
        x_plus = x.copy()
        x_plus[i] += epsilon
        grad[i] = (f(x_plus) - base) / epsilon
    return grad
