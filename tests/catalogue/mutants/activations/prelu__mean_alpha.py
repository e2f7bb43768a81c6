"""Collapses alpha to its mean, one slope for the whole layer.

function: prelu
expect: failed
feedback: one slope per unit
blind_spot: yes
"""
import numpy as np


def prelu(Z, alpha):
    a = np.mean(alpha)
    return np.where(Z > 0, Z, a * Z)
