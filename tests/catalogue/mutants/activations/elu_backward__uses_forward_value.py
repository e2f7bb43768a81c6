"""Multiplies dA by alpha(e^z - 1), the ELU itself, instead of its slope.

function: elu_backward
expect: failed
feedback: derivative of
blind_spot: no
"""
import numpy as np


def elu_backward(dA, cache, alpha=1.0):
    Z = cache
    return dA * np.where(Z > 0, 1.0, alpha * (np.exp(Z) - 1))
