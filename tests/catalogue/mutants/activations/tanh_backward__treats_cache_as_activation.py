"""Treats the cache Z as if it were A = tanh(Z) and returns dA * (1 - Z**2).

function: tanh_backward
expect: failed
blind_spot: no
"""
import numpy as np


def tanh_backward(dA, cache):
    return dA * (1 - cache ** 2)
