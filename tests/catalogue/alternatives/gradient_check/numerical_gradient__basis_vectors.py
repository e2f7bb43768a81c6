"""Builds each perturbation as epsilon * e_i with np.zeros_like and a flat index.

function: numerical_gradient
expect: passed
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    grad = np.empty(x.size)
    for i in range(x.size):
        e = np.zeros(x.size)
        e[i] = epsilon
        e = e.reshape(x.shape)
        grad[i] = (f(x + e) - f(x - e)) / (2 * epsilon)
    return grad.reshape(x.shape)
