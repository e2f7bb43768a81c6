"""Clips the exponent at -40 to avoid tiny numbers: e^-40 is far below the tolerance, so still exact.

function: elu
expect: passed
"""
import numpy as np


def elu(Z, alpha=1.0):
    negative = alpha * (np.exp(np.clip(Z, -40, 0)) - 1)
    return np.where(Z > 0, Z, negative)
