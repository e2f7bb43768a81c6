"""Multiplies dA in place by the local derivative and returns it.

function: sigmoid_backward
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def sigmoid_backward(dA, cache):
    s = 1 / (1 + np.exp(-cache))
    dA *= s * (1 - s)
    return dA
