"""Leaky ReLU backward builds the slope array (1 where Z >= 0, alpha elsewhere) and multiplies; slope 1 at exactly 0.

function: leaky_relu_backward
expect: passed
"""
import numpy as np


def leaky_relu_backward(dA, cache, alpha=0.01):
    Z = cache
    slope = np.ones_like(Z)
    slope[Z < 0] = alpha
    return dA * slope
