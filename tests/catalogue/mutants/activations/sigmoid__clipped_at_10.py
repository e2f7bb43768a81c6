"""Clips Z to [-10, 10] to avoid overflow, so it saturates far too early.

function: sigmoid
expect: failed
blind_spot: yes
"""
import numpy as np


def sigmoid(Z):
    Z = np.clip(Z, -10, 10)  # keep exp() from overflowing
    return 1 / (1 + np.exp(-Z))
