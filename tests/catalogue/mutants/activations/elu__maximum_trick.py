"""Borrows leaky ReLU's max trick: max(z, alpha(e^z - 1)), wrong for z > 0.

function: elu
expect: failed
feedback: is not ELU
blind_spot: no
"""
import numpy as np


def elu(Z, alpha=1.0):
    return np.maximum(Z, alpha * (np.exp(Z) - 1))
