"""alpha.flatten() * Z: an (n,) vector broadcasts along the examples, not the units.

function: prelu
expect: error
feedback: flat
blind_spot: no
"""
import numpy as np


def prelu(Z, alpha):
    return np.where(Z > 0, Z, alpha.flatten() * Z)
