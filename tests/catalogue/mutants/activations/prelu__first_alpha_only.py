"""Indexes alpha[0] and uses the first unit's slope for every unit.

function: prelu
expect: failed
feedback: one slope per unit
blind_spot: yes
"""
import numpy as np


def prelu(Z, alpha):
    return np.where(Z > 0, Z, alpha[0] * Z)
