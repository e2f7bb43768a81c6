"""Keeps Z where Z < 0 and scales the positive side by alpha.

function: leaky_relu
expect: failed
blind_spot: no
"""
import numpy as np


def leaky_relu(Z, alpha=0.01):
    return np.where(Z < 0, Z, alpha * Z)
