"""Nudges x in place by +eps, then -2eps, then +eps back: x may drift by one rounding step, which is fine.

function: numerical_gradient
expect: passed
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    grad = np.zeros(x.shape)
    for i in np.ndindex(*x.shape):
        x[i] += epsilon
        J_plus = f(x)
        x[i] -= 2 * epsilon
        J_minus = f(x)
        x[i] += epsilon
        grad[i] = (J_plus - J_minus) / (2 * epsilon)
    return grad
