"""Recomputes tanh from exponentials, which gives nan for large |Z|.

function: tanh_backward
expect: failed
feedback: overflow
blind_spot: yes
"""
import numpy as np


def tanh_backward(dA, cache):
    Z = cache
    t = (np.exp(Z) - np.exp(-Z)) / (np.exp(Z) + np.exp(-Z))
    return dA * (1 - t ** 2)
