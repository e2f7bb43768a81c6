"""Applies the course formula 1 - a**2 to the cache, which holds Z, not tanh(Z).

function: tanh_backward
expect: failed
blind_spot: no
"""
import numpy as np


def tanh_backward(dA, cache):
    return dA * (1 - np.power(cache, 2))
