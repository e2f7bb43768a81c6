"""A backward difference (f(x) - f(x - h)) / h: exact for linear f only.

function: numerical_gradient
expect: failed
feedback: one-sided
blind_spot: yes
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    grad = np.zeros_like(x)
    J = f(x)
    for i in range(x.size):
        x_minus = x.copy().reshape(-1)
        x_minus[i] -= epsilon
        grad.reshape(-1)[i] = (J - f(x_minus.reshape(x.shape))) / epsilon
    return grad
