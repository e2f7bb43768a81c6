"""Uses elu(z) + alpha = alpha * e^z for the negative side.

function: elu_backward
expect: passed
"""
import numpy as np


def _elu_value(Z, alpha):
    return np.where(Z > 0, Z, alpha * (np.exp(np.minimum(Z, 0)) - 1))


def elu_backward(dA, cache, alpha=1.0):
    Z = cache
    return dA * np.where(Z > 0, 1.0, _elu_value(Z, alpha) + alpha)
