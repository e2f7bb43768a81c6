"""Clips Z to [-10, 10] before the exponential, as a sigmoid clip; wrong for z below -10.

function: elu
expect: failed
feedback: clips z
blind_spot: yes
"""
import numpy as np


def elu(Z, alpha=1.0):
    Zc = np.clip(Z, -10, 10)
    return np.where(Z > 0, Z, alpha * (np.exp(Zc) - 1))
