"""Writes alpha * np.exp(Z) - 1: right only when alpha = 1.

function: elu
expect: failed
feedback: whole bracket
blind_spot: yes
"""
import numpy as np


def elu(Z, alpha=1.0):
    return np.where(Z > 0, Z, alpha * np.exp(Z) - 1)
