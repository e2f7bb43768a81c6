"""Slope min(1, alpha * e^z): right for alpha = 1 only.

function: elu_backward
expect: failed
feedback: min(1, alpha·e^z)
blind_spot: yes
"""
import numpy as np


def elu_backward(dA, cache, alpha=1.0):
    Z = cache
    with np.errstate(over="ignore"):
        return dA * np.minimum(1.0, alpha * np.exp(Z))
