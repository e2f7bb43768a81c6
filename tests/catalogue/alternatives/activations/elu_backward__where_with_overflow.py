"""np.where over a slope that overflows where unused (a warning only).

function: elu_backward
expect: passed
"""
import numpy as np


def elu_backward(dA, cache, alpha=1.0):
    Z = cache
    slope = np.where(Z > 0, 1, alpha * np.exp(Z))
    return dA * slope
