"""Uses e^z as the negative-side slope whatever alpha is.

function: elu_backward
expect: failed
feedback: ignores its alpha
blind_spot: yes
"""
import numpy as np


def elu_backward(dA, cache, alpha=1.0):
    Z = cache
    return np.where(Z > 0, dA, dA * np.exp(Z))
