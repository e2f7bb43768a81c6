"""Treats the cache as the output A = elu(Z) and uses A + alpha as the slope.

function: elu_backward
expect: failed
feedback: cache holds Z
blind_spot: no
"""
import numpy as np


def elu_backward(dA, cache, alpha=1.0):
    A = cache
    return dA * np.where(A > 0, 1.0, A + alpha)
