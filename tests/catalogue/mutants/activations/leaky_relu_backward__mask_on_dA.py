"""Chooses the slope from the sign of dA instead of the sign of Z.

function: leaky_relu_backward
expect: failed
blind_spot: no
"""
import numpy as np


def leaky_relu_backward(dA, cache, alpha=0.01):
    return np.where(dA > 0, dA, alpha * dA)
