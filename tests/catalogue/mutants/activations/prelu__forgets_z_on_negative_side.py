"""Returns the slope itself instead of alpha * z on the negative side.

function: prelu
expect: failed
feedback: not the slope alone
blind_spot: no
"""
import numpy as np


def prelu(Z, alpha):
    return np.where(Z > 0, Z, alpha * np.ones_like(Z))
