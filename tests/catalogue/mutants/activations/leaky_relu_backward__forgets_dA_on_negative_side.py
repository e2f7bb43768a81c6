"""Returns alpha where Z <= 0 instead of alpha * dA.

function: leaky_relu_backward
expect: failed
feedback: dA
blind_spot: no
"""
import numpy as np


def leaky_relu_backward(dA, cache, alpha=0.01):
    return np.where(cache > 0, dA, alpha)
