"""Names the cache Z and writes the default as the integer 1.

function: elu_backward
expect: passed
"""
import numpy as np


def elu_backward(dA, Z, alpha=1):
    return dA * np.where(Z > 0, 1, alpha * np.exp(np.minimum(Z, 0)))
