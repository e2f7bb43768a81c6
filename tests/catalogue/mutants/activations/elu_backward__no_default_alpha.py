"""Declares alpha without its default 1.0, so a call without alpha raises.

function: elu_backward
expect: error
feedback: default
blind_spot: yes
"""
import numpy as np


def elu_backward(dA, cache, alpha):
    Z = cache
    return np.where(Z > 0, dA, dA * alpha * np.exp(Z))
