"""Declares alpha=0.1 as the default instead of the contract's 0.01.

function: leaky_relu
expect: failed
feedback: default
blind_spot: yes
"""
import numpy as np


def leaky_relu(Z, alpha=0.1):
    return np.where(Z > 0, Z, alpha * Z)
