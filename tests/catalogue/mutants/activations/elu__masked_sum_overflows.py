"""Adds the two pieces times 0/1 masks: e^1000 = inf, and inf * 0 = nan.

function: elu
expect: failed
feedback: np.where
blind_spot: yes
"""
import numpy as np


def elu(Z, alpha=1.0):
    positive = (Z > 0).astype(float)
    return Z * positive + alpha * (np.exp(Z) - 1) * (1 - positive)
