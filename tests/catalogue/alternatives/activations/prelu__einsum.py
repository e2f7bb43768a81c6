"""Scales the negative part with einsum, one slope per row.

function: prelu
expect: passed
"""
import numpy as np


def prelu(Z, alpha):
    return np.maximum(Z, 0) + np.einsum("i,ij->ij", alpha[:, 0], np.minimum(Z, 0))
