"""x_plus = x and x_minus = x are the same array as x: the second evaluation is at x, so every slope is halved.

function: numerical_gradient
expect: failed
feedback: copy
blind_spot: no
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        x_plus = x
        x_plus[i] = x_plus[i] + epsilon
        J_plus = f(x_plus)
        x_minus = x
        x_minus[i] = x_minus[i] - epsilon
        J_minus = f(x_minus)
        grad[i] = (J_plus - J_minus) / (2 * epsilon)
    return grad
