"""Declares alpha without its default 0.01, so a call without alpha raises.

function: leaky_relu_backward
expect: error
feedback: default
blind_spot: yes
"""
import numpy as np


def leaky_relu_backward(dA, cache, alpha):
    return np.where(cache > 0, dA, alpha * dA)
