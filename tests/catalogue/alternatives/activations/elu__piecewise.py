"""np.piecewise with one lambda per side.

function: elu
expect: passed
"""
import numpy as np


def elu(Z, alpha=1.0):
    Z = np.asarray(Z, dtype=float)
    return np.piecewise(Z, [Z > 0, Z <= 0], [lambda z: z, lambda z: alpha * (np.exp(z) - 1)])
