"""Writes (J_plus - J_minus) / 2 * epsilon: multiplies by epsilon instead of dividing.

function: numerical_gradient
expect: failed
feedback: precedence
blind_spot: no
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        thetaplus = np.copy(x)
        thetaplus[i] += epsilon
        J_plus = f(thetaplus)
        thetaminus = np.copy(x)
        thetaminus[i] -= epsilon
        J_minus = f(thetaminus)
        grad[i] = (J_plus - J_minus) / 2 * epsilon
    return grad
