"""Copies leaky ReLU's default: alpha=0.01 instead of 1.0.

function: elu
expect: failed
feedback: default
blind_spot: yes
"""
import numpy as np


def elu(Z, alpha=0.01):
    return np.where(Z > 0, Z, alpha * (np.exp(Z) - 1))
