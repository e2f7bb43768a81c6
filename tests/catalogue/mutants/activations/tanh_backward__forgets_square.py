"""Uses 1 - tanh(Z) instead of 1 - tanh(Z)**2.

function: tanh_backward
expect: failed
blind_spot: no
"""
import numpy as np


def tanh_backward(dA, cache):
    return dA * (1 - np.tanh(cache))
