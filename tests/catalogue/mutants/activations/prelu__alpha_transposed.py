"""Multiplies by alpha.T, a row, pairing slopes with examples.

function: prelu
expect: error
feedback: alpha.T
blind_spot: no
"""
import numpy as np


def prelu(Z, alpha):
    return np.where(Z > 0, Z, alpha.T * Z)
