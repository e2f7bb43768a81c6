"""Uses a fixed step of 1e-7 whatever epsilon the caller passes.

function: numerical_gradient
expect: failed
feedback: ignored
blind_spot: yes
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    eps = 1e-7
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        up, down = x.copy(), x.copy()
        up[i] += eps
        down[i] -= eps
        grad[i] = (f(up) - f(down)) / (2 * eps)
    return grad
