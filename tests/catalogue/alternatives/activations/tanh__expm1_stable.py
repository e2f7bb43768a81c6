"""Hand-written tanh from expm1 of -2|z|: never overflows and keeps precision near 0.

function: tanh
expect: passed
"""
import numpy as np


def tanh(Z):
    # tanh(|z|) = (1 - e^(-2|z|)) / (1 + e^(-2|z|)) = -t / (2 + t) with t = expm1(-2|z|)
    t = np.expm1(-2 * np.abs(Z))
    return np.sign(Z) * (-t / (2 + t))
