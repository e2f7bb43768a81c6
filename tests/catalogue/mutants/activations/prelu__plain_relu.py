"""Ignores alpha and returns max(0, z).

function: prelu
expect: failed
feedback: plain relu
blind_spot: no
"""
import numpy as np


def prelu(Z, alpha):
    return np.maximum(0, Z)
