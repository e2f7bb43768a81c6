"""Puts the slope on the positive side.

function: prelu
expect: failed
feedback: wrong side
blind_spot: no
"""
import numpy as np


def prelu(Z, alpha):
    return np.where(Z > 0, alpha * Z, Z)
