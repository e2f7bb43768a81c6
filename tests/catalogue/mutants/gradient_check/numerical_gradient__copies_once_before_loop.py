"""x_plus and x_minus copied once, before the loop: the nudges pile up.

function: numerical_gradient
expect: failed
feedback: pile up
blind_spot: no
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    grad = np.zeros_like(x)
    x_plus = x.copy()
    x_minus = x.copy()
    for i in np.ndindex(x.shape):
        x_plus[i] += epsilon
        x_minus[i] -= epsilon
        grad[i] = (f(x_plus) - f(x_minus)) / (2 * epsilon)
    return grad
