"""Calls the module's elu (not defined in this file) and adds alpha for the negative-side slope.

function: elu_backward
expect: passed
"""
import numpy as np


def elu_backward(dA, cache, alpha=1.0):
    Z = cache
    return dA * np.where(Z > 0, 1.0, elu(Z, alpha) + alpha)
