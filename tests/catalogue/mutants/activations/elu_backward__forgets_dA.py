"""Returns the slope of ELU without multiplying by dA.

function: elu_backward
expect: failed
feedback: missing the factor dA
blind_spot: no
"""
import numpy as np


def elu_backward(dA, cache, alpha=1.0):
    Z = cache
    return np.where(Z > 0, 1.0, alpha * np.exp(Z))
