"""Works on a flat copy with one index, builds each nudge as epsilon times a unit vector, reshapes at the end.

function: numerical_gradient
expect: passed
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    theta = x.flatten()
    slopes = []
    for i in range(theta.size):
        e = np.zeros(theta.size)
        e[i] = epsilon
        J_plus = f((theta + e).reshape(x.shape))
        J_minus = f((theta - e).reshape(x.shape))
        slopes.append((J_plus - J_minus) / (2 * epsilon))
    return np.array(slopes, dtype=float).reshape(x.shape)
