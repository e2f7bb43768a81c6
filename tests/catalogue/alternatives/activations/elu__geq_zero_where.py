"""Chooses the linear piece at z >= 0 and lets np.exp overflow unused.

function: elu
expect: passed
"""
import numpy as np


def elu(Z, alpha=1.0):
    return np.where(Z >= 0, Z, alpha * (np.exp(Z) - 1))
