"""Clips Z to [-500, 500] first and uses the clipped value everywhere: elu(1000) comes back as 500.

function: elu
expect: failed
feedback: clips z
blind_spot: yes
"""
import numpy as np


def elu(Z, alpha=1.0):
    Z = np.clip(Z, -500, 500)
    return np.where(Z > 0, Z, alpha * (np.exp(Z) - 1))
