"""Returns the derivative 1 - tanh(Z)**2 instead of tanh(Z).

function: tanh
expect: failed
blind_spot: no
"""
import numpy as np


def tanh(Z):
    return 1 - np.tanh(Z) ** 2
