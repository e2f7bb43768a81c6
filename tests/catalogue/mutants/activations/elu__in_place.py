"""Overwrites the negative entries of the caller's Z and returns Z.

function: elu
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def elu(Z, alpha=1.0):
    negative = Z <= 0
    Z[negative] = alpha * (np.exp(Z[negative]) - 1)
    return Z
