"""Sigmoid derivative as e^-|z| / (1 + e^-|z|)^2, using that sigma'(z) is even; never overflows.

function: sigmoid_backward
expect: passed
"""
import numpy as np


def sigmoid_backward(dA, cache):
    E = np.exp(-np.abs(cache))
    return dA * E / (1 + E) ** 2
