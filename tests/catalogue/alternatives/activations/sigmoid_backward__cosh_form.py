"""Uses sigma'(z) = 1 / (2 + 2 cosh z); cosh overflows to inf for huge |z|, which gives the correct 0.

function: sigmoid_backward
expect: passed
"""
import numpy as np


def sigmoid_backward(dA, cache):
    Z = cache
    return dA / (2.0 + 2.0 * np.cosh(Z))
