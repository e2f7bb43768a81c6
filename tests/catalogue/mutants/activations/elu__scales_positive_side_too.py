"""Mixes in SELU: multiplies the positive side by alpha as well.

function: elu
expect: failed
feedback: SELU
blind_spot: yes
"""
import numpy as np


def elu(Z, alpha=1.0):
    return alpha * np.where(Z > 0, Z, np.exp(np.minimum(Z, 0)) - 1)
