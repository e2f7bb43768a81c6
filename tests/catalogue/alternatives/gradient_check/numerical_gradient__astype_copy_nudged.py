"""x.astype(float) makes a copy, nudged in place with += and -=; the caller's x is never touched.

function: numerical_gradient
expect: passed
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    x = x.astype(float)
    grad = np.zeros_like(x)
    for idx in np.ndindex(*x.shape):
        x[idx] += epsilon
        fp = f(x)
        x[idx] -= 2 * epsilon
        fm = f(x)
        x[idx] += epsilon
        grad[idx] = (fp - fm) / (2 * epsilon)
    return grad
