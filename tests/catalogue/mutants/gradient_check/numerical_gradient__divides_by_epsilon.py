"""Divides the central difference by epsilon instead of 2 * epsilon: every slope doubled.

function: numerical_gradient
expect: failed
feedback: instead of 2h
blind_spot: no
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        x_plus = np.copy(x)
        x_minus = np.copy(x)
        x_plus[i] = x_plus[i] + epsilon
        x_minus[i] = x_minus[i] - epsilon
        grad[i] = (f(x_plus) - f(x_minus)) / epsilon
    return grad
