"""Writes the negative side into the caller's Z and returns it.

function: prelu
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def prelu(Z, alpha):
    negative = Z < 0
    Z[negative] = (alpha * Z)[negative]
    return Z
