"""Sigmoid derivative from a tanh-based sigmoid: s = (1 + tanh(z/2))/2, dZ = dA*s*(1-s).

function: sigmoid_backward
expect: passed
"""
import numpy as np


def sigmoid_backward(dA, cache):
    Z = cache
    s = 0.5 * (1 + np.tanh(Z / 2))
    dZ = dA * s * (1 - s)
    return dZ
