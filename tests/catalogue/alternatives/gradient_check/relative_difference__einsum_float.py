"""Norms from np.einsum over raveled arrays, float().

function: relative_difference
expect: passed
"""
import numpy as np


def relative_difference(grad, grad_approx):
    a, b = grad.ravel(), grad_approx.ravel()
    d = a - b
    return float(np.sqrt(np.einsum("i,i->", d, d)) / (np.sqrt(np.einsum("i,i->", a, a)) + np.sqrt(np.einsum("i,i->", b, b))))
