"""Saves memory with np.tanh(Z, out=Z), overwriting the caller's Z.

function: tanh
expect: failed
feedback: in place
blind_spot: yes
"""
import numpy as np


def tanh(Z):
    return np.tanh(Z, out=Z)
