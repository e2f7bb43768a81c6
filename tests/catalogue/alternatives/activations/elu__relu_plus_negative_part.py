"""Builds ELU from the module's relu plus the clipped negative exponential part.

function: elu
expect: passed
"""
import numpy as np


def elu(Z, alpha=1.0):
    return relu(Z) + np.minimum(0.0, alpha * (np.exp(np.minimum(Z, 0)) - 1))
