"""The absolute-value form: ((1+a) z + (1-a) |z|) / 2.

function: prelu
expect: passed
"""
import numpy as np


def prelu(Z, alpha):
    return 0.5 * (1 + alpha) * Z + 0.5 * (1 - alpha) * np.abs(Z)
