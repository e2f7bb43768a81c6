"""Double loop over rows and columns (2-D x only, as the contract passes).

function: numerical_gradient
expect: passed
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    grad = np.zeros(x.shape)
    for i in range(x.shape[0]):
        for j in range(x.shape[1]):
            x_plus = np.copy(x)
            x_minus = np.copy(x)
            x_plus[i, j] = x_plus[i, j] + epsilon
            x_minus[i, j] = x_minus[i, j] - epsilon
            grad[i, j] = (f(x_plus) - f(x_minus)) / (2 * epsilon)
    return grad
