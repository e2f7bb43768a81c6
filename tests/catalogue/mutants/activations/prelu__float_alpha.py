"""Turns alpha into a Python float: fails as soon as there are two units.

function: prelu
expect: error
feedback: not a single number
blind_spot: no
"""
import numpy as np


def prelu(Z, alpha):
    a = float(alpha)
    return np.where(Z > 0, Z, a * Z)
