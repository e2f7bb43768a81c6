"""relu(z) + alpha * min(z, 0).

function: prelu
expect: passed
"""
import numpy as np


def prelu(Z, alpha):
    return np.maximum(Z, 0) + alpha * np.minimum(Z, 0)
