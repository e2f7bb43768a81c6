"""Nudges x in place (+=, -= 2ε, +=): the restore may leave a rounding-level change, which is fine.

function: numerical_gradient
expect: passed
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    grad = np.zeros_like(x, dtype=float)
    for idx in np.ndindex(x.shape):
        x[idx] += epsilon
        fp = f(x)
        x[idx] -= 2 * epsilon
        fm = f(x)
        x[idx] += epsilon
        grad[idx] = (fp - fm) / (2 * epsilon)
    return grad
