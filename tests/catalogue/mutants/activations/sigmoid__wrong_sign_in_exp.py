"""Writes exp(Z) instead of exp(-Z), which gives sigmoid(-Z).

function: sigmoid
expect: failed
feedback: sign
blind_spot: no
"""
import numpy as np


def sigmoid(Z):
    return 1 / (1 + np.exp(Z))
