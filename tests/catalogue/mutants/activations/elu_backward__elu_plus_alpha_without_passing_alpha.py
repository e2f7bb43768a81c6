"""Uses elu(Z) + alpha but calls elu without alpha, so elu uses 1.0.

function: elu_backward
expect: failed
feedback: elu(Z, alpha) + alpha
blind_spot: yes
"""
import numpy as np


def _elu(Z, alpha=1.0):
    return np.where(Z > 0, Z, alpha * (np.exp(np.minimum(Z, 0)) - 1))


def elu_backward(dA, cache, alpha=1.0):
    Z = cache
    return dA * np.where(Z > 0, 1.0, _elu(Z) + alpha)
