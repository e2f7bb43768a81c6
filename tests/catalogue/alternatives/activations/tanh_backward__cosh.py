"""tanh derivative as 1/cosh(z)^2: cosh overflows to inf near |z| = 1000 (a RuntimeWarning), giving the right 0.

function: tanh_backward
expect: passed
"""
import numpy as np


def tanh_backward(dA, cache):
    return dA / np.cosh(cache) ** 2
