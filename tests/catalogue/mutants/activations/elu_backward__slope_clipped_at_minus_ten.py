"""Clips Z to [-10, 10] before the exponential: wrong slopes below -10.

function: elu_backward
expect: failed
feedback: clips z
blind_spot: yes
"""
import numpy as np


def elu_backward(dA, cache, alpha=1.0):
    Z = cache
    return np.where(Z > 0, dA, dA * alpha * np.exp(np.clip(Z, -10, 10)))
