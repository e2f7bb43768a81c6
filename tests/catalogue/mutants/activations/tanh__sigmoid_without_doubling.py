"""Uses 2*sigmoid(Z) - 1 instead of 2*sigmoid(2Z) - 1, which is tanh(Z/2).

function: tanh
expect: failed
blind_spot: no
"""
import numpy as np


def tanh(Z):
    return 2 / (1 + np.exp(-Z)) - 1
