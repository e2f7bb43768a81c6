"""Writes 1 / 1 + np.exp(-Z), so the division happens before the addition.

function: sigmoid
expect: failed
blind_spot: no
"""
import numpy as np


def sigmoid(Z):
    return 1 / 1 + np.exp(-Z)
