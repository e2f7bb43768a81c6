"""Nudges the whole array at once (x + epsilon), so every entry gets the slope along the diagonal.

function: numerical_gradient
expect: failed
feedback: at once
blind_spot: no
"""
import numpy as np


def numerical_gradient(f, x, epsilon=1e-7):
    slope = (f(x + epsilon) - f(x - epsilon)) / (2 * epsilon)
    return np.full(x.shape, slope)
