"""Same shortcut through a private helper: slope = elu(z) + alpha for z <= 0.

function: elu_backward
expect: passed
"""
import numpy as np


def _elu_value(Z, alpha):
    return np.where(Z > 0, Z, alpha * np.expm1(np.minimum(Z, 0.0)))


def elu_backward(dA, cache, alpha=1.0):
    Z = cache
    slope = np.ones_like(Z)
    neg = Z <= 0
    slope[neg] = _elu_value(Z, alpha)[neg] + alpha
    return dA * slope
