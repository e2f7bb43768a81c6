"""Writes sigmoid as e^Z / (1 + e^Z), which is inf/inf = nan for large positive Z.

function: sigmoid
expect: failed
feedback: nan
blind_spot: yes
"""
import numpy as np


def sigmoid(Z):
    e = np.exp(Z)
    return e / (1 + e)
