"""Writes alpha * e^z for the negative side, forgetting the - 1.

function: elu
expect: failed
feedback: is missing
blind_spot: no
"""
import numpy as np


def elu(Z, alpha=1.0):
    return np.where(Z > 0, Z, alpha * np.exp(Z))
