"""Declares epsilon=1e-5 as the default: called without epsilon it uses the wrong step.

function: numerical_gradient
expect: failed
feedback: default
blind_spot: yes
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-5):
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        plus, minus = x.copy(), x.copy()
        plus[i] += epsilon
        minus[i] -= epsilon
        grad[i] = (f(plus) - f(minus)) / (2 * epsilon)
    return grad
