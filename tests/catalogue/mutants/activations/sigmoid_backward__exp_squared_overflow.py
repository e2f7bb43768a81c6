"""Uses sigma'(Z) = e^-Z / (1 + e^-Z)^2, which is inf/inf = nan for Z below about -355.

function: sigmoid_backward
expect: failed
feedback: nan
blind_spot: yes
"""
import numpy as np


def sigmoid_backward(dA, cache):
    Z = cache
    e = np.exp(-Z)
    return dA * e / (1 + e) ** 2
