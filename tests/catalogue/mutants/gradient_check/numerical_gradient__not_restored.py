"""Nudges x in place and never puts the entry back: x ends up shifted by -epsilon.

function: numerical_gradient
expect: failed
feedback: not undone
blind_spot: yes
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        x[i] += epsilon
        J_plus = f(x)
        x[i] -= 2 * epsilon
        J_minus = f(x)
        grad[i] = (J_plus - J_minus) / (2 * epsilon)
    return grad
