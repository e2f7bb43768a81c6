"""Multiplies dA in place by the local derivative and returns it.

function: tanh_backward
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def tanh_backward(dA, cache):
    dA *= 1 - np.tanh(cache) ** 2
    return dA
