"""Clips Z to [-20, 20] before the exponential "to avoid overflow", which is wrong for Z < -20.

function: sigmoid
expect: failed
blind_spot: yes
"""
import numpy as np


def sigmoid(Z):
    Z = np.clip(Z, -20, 20)
    return 1 / (1 + np.exp(-Z))
