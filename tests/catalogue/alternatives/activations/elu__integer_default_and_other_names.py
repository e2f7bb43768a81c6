"""Names its arguments x and a, with the integer default a=1.

function: elu
expect: passed
"""
import numpy as np


def elu(x, a=1):
    return np.where(x > 0, x, a * (np.exp(np.minimum(x, 0)) - 1))
