"""Sums the positive part and the ELU of the negative part: no overflow at all.

function: elu
expect: passed
"""
import numpy as np


def elu(Z, alpha=1.0):
    return np.maximum(Z, 0) + alpha * (np.exp(np.minimum(Z, 0)) - 1)
